import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TShowcaseApplication } from '../../../../types/api/showcase'
import type { TShowcaseAction } from '../hooks/use-showcase-application'

interface ShowcaseActionsProps {
  application: TShowcaseApplication
  dirty: boolean
  busy: TShowcaseAction | null
  exporting: null | 'form' | 'pictures'
  onSave: () => void
  onSubmit: () => void
  onWithdraw: () => void
  onDelete: () => void
  onExport: (what: 'form' | 'pictures') => void
}

/** 保存草稿 / 提交 / 撤回 at the bottom, and this project's exports. */
export function ShowcaseActions({ application, dirty, busy, exporting, onSave, onSubmit, onWithdraw, onDelete, onExport }: ShowcaseActionsProps) {
  const late = application.deadline?.passed === true && application.status !== 'returned'
  return (
    <View className='showcase-actions'>
      <View className='showcase-actions__exports'>
        <Text className='showcase-actions__link showcase-export-one' onClick={() => !exporting && onExport('form')}>
          {exporting === 'form' ? '正在导出…' : '导出申报表'}
        </Text>
        <Text className='showcase-actions__link showcase-export-one-pictures' onClick={() => !exporting && onExport('pictures')}>
          {exporting === 'pictures' ? '正在打包…' : '导出图片包'}
        </Text>
        {application.status === 'draft' ? (
          <Text className='showcase-actions__link showcase-actions__link--danger showcase-delete' onClick={() => !busy && onDelete()}>
            删除草稿
          </Text>
        ) : null}
      </View>
      <View className='showcase-actions__bar'>
        {application.canEdit ? (
          <>
            <Button className='showcase-save' fill='outline' loading={busy === 'save'} disabled={busy !== null} onClick={onSave}>
              {dirty ? '保存草稿' : '已保存'}
            </Button>
            <Button className='showcase-submit' type='primary' loading={busy === 'submit'} disabled={busy !== null || late} onClick={onSubmit}>
              {late ? '已过截止时间' : application.status === 'returned' ? '重新提交' : '提交'}
            </Button>
          </>
        ) : null}
        {application.status === 'submitted' ? (
          <Button className='showcase-withdraw' fill='outline' loading={busy === 'withdraw'} disabled={busy !== null || !application.canWithdraw} onClick={onWithdraw}>
            {application.canWithdraw ? '撤回修改' : '已过截止时间，不能撤回'}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
