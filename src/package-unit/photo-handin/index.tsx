import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { TPhoto } from '../../../types/api/photos'
import { HandinActivityGroup } from '../../features/photo-handin/components/handin-activity-group'
import { HandinPhotoSheet } from '../../features/photo-handin/components/handin-photo-sheet'
import { HandinStatusCard } from '../../features/photo-handin/components/handin-status-card'
import { HandinSubmitBar } from '../../features/photo-handin/components/handin-submit-bar'
import { usePhotoHandin } from '../../features/photo-handin/hooks/use-photo-handin'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

export default function PhotoHandinPage() {
  const { params } = useRouter<{ unitId?: string }>()
  const handin = usePhotoHandin(params.unitId)
  const [detail, setDetail] = useState<TPhoto | null>(null)
  usePullDownRefresh(() => {
    void handin.reload().finally(() => Taro.stopPullDownRefresh())
  })
  // Back from 活动照片 (new photos, retakes): show them.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void handin.reload()
    shown.current = true
  })

  if (!params.unitId) {
    return (
      <View className='handin-page'>
        <StateView kind='error' title='缺少单位编号' description='请从单位工作台或活动照片页进入' />
      </View>
    )
  }
  const page = handin.page
  if (!page) {
    return (
      <View className='handin-page'>
        {handin.error ? (
          <StateView kind='error' title='照片加载失败' description={handin.error} actionText='重新加载' onAction={handin.reload} />
        ) : (
          <View className='handin-page__skeleton'>
            <Skeleton rows={6} animated />
          </View>
        )}
      </View>
    )
  }

  return (
    <>
      <A11yPageMeta />
      <View className='handin-page'>
        <HandinStatusCard page={page} />
        {page.activities.length === 0 ? (
          <StateView kind='empty' title='还没有可以上传照片的活动' description='活动开始后，在活动页的“活动照片”上传现场合影，检查合格后回到这里提交' />
        ) : null}
        {page.activities.map((activity) => (
          <HandinActivityGroup
            key={activity.id}
            activity={activity}
            selected={handin.selected}
            locked={handin.locked}
            deletingId={handin.deletion.deleting}
            onToggle={(photo) => handin.toggle(photo.id)}
            onOpen={setDetail}
            onDelete={(photo) => void handin.deletion.remove(photo)}
          />
        ))}
        {page.deadline ? (
          <HandinSubmitBar page={page} chosen={handin.chosen} busy={handin.busy} onSubmit={() => void handin.submit()} onWithdraw={() => void handin.withdraw()} />
        ) : null}
        <HandinPhotoSheet photo={detail} onClose={() => setDetail(null)} />
      </View>
    </>
  )
}
