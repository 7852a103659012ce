import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin, ME_PAGE } from '../../features/auth/require-sign-in'
import { toCertificateContent } from '../../features/hours/certificate-content'
import { CertificateView } from '../../features/hours/components/certificate-view'
import { useMyHours } from '../../features/hours/hooks/use-my-hours'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

export default function CertificatePage() {
  const session = useSession()
  const hours = useMyHours(session.status === 'signed_in')
  const content = useMemo(() => (hours.data ? toCertificateContent(hours.data) : null), [hours.data])

  let body
  if (session.status === 'signed_out') {
    body = <StateView kind='empty' title='登录后查看服务证明' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (hours.error) {
    body = <StateView kind='error' title='加载失败' description={hours.error} actionText='重新加载' onAction={hours.reload} />
  } else if (!hours.data) {
    body = (
      <View className='certificate-page__skeleton'>
        <Skeleton rows={6} animated />
      </View>
    )
  } else if (!hours.data.certificate.realName) {
    body = (
      <StateView
        kind='empty'
        title='请先完善报名信息'
        description='服务证明上需要你的真实姓名，请在「我的」中填写'
        actionText='去填写'
        onAction={() => void Taro.switchTab({ url: ME_PAGE })}
      />
    )
  } else if (!content) {
    body = <StateView kind='empty' title='暂时还不能出具服务证明' description='完成一次活动的签到和签退后，即可生成服务证明' />
  } else {
    body = <CertificateView content={content} />
  }
  return <View className='certificate-page'>{body}</View>
}
