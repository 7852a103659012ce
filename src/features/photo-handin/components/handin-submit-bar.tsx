import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TPhoto, TUnitPhotosResponse } from '../../../../types/api/photos'
import './photo-handin.scss'

interface HandinSubmitBarProps {
  page: TUnitPhotosResponse
  chosen: TPhoto[]
  busy: 'submit' | 'withdraw' | null
  onSubmit: () => void
  onWithdraw: () => void
}

/** Fixed at the bottom: how many are chosen and 提交本单位照片, or 撤回 once submitted. */
export function HandinSubmitBar({ page, chosen, busy, onSubmit, onWithdraw }: HandinSubmitBarProps) {
  const status = page.submission?.status
  if (status === 'submitted' || status === 'accepted') {
    return (
      <View className='handin-bar'>
        <Text className='handin-bar__summary'>{status === 'accepted' ? '组织方已采用' : page.canWithdraw ? '已提交，截止前可撤回修改' : '已提交，已过截止时间'}</Text>
        {page.canWithdraw ? (
          <Button className='handin-bar__button handin-withdraw' type='primary' fill='outline' loading={busy === 'withdraw'} onClick={onWithdraw}>
            撤回提交
          </Button>
        ) : null}
      </View>
    )
  }
  const review = chosen.filter((p) => p.status === 'needs_review').length
  const summary = chosen.length === 0 ? '请勾选要提交的照片' : `已选 ${chosen.length} 张${review > 0 ? `（${review} 张待复核）` : ''}`
  return (
    <View className='handin-bar'>
      <Text className='handin-bar__summary handin-selected'>{page.canSubmit ? summary : (page.blockedReason ?? '现在不能提交')}</Text>
      <Button
        className='handin-bar__button handin-submit'
        type='primary'
        disabled={!page.canSubmit || chosen.length === 0}
        loading={busy === 'submit'}
        onClick={onSubmit}
      >
        提交本单位照片
      </Button>
    </View>
  )
}
