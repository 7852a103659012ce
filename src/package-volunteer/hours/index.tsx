import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { openActivity } from '../../features/activities/navigation'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { HoursList } from '../../features/hours/components/hours-list'
import { HoursSummary } from '../../features/hours/components/hours-summary'
import { useMyHours } from '../../features/hours/hooks/use-my-hours'
import { openCertificate } from '../../features/hours/navigation'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

export default function MyHoursPage() {
  const session = useSession()
  const hours = useMyHours(session.status === 'signed_in')
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void hours.reload()
    shown.current = true
  })

  let content
  if (session.status === 'signed_out') {
    content = <StateView kind='empty' title='登录后查看服务时长' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (hours.error) {
    content = <StateView kind='error' title='加载失败' description={hours.error} actionText='重新加载' onAction={hours.reload} />
  } else if (!hours.data) {
    content = (
      <View className='hours-page__skeleton'>
        <Skeleton rows={4} animated />
      </View>
    )
  } else {
    content = (
      <>
        <HoursSummary hours={hours.data} onCertificate={openCertificate} />
        {hours.data.items.length > 0 ? (
          <HoursList items={hours.data.items} onOpen={openActivity} />
        ) : (
          <StateView kind='empty' title='还没有服务记录' description='参加活动时扫码签到、签退，服务时长会自动记录在这里' />
        )}
      </>
    )
  }
  return (
    <>
      <A11yPageMeta />
      <View className='hours-page'>{content}</View>
    </>
  )
}
