import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import { useAppConfig } from '../../features/app-config/hooks/use-app-config'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin, ME_PAGE } from '../../features/auth/require-sign-in'
import { listCampaigns } from '../../features/campaigns/api/list-campaigns'
import { campaignLabel } from '../../features/campaigns/components/campaign-switcher'
import { useCampaign } from '../../features/campaigns/hooks/use-campaign'
import { useOpenCampaigns } from '../../features/campaigns/hooks/use-open-campaigns'
import { campaignsWithHours, pickCertificateCampaign, toCertificateContent } from '../../features/hours/certificate-content'
import { CertificateView } from '../../features/hours/components/certificate-view'
import { useMyHours } from '../../features/hours/hooks/use-my-hours'
import { StateView } from '../../shared/ui/state-view'
import { useRemote } from '../../shared/use-remote'
import './index.scss'

export default function CertificatePage() {
  const session = useSession()
  const hours = useMyHours(session.status === 'signed_in')
  const appConfig = useAppConfig()
  // The campaign the app is on (切换活动月) comes first, if the person served in it.
  const open = useOpenCampaigns(appConfig.data?.currentCampaignId ?? null)
  const [picked, setPicked] = useState<string | null>(null)
  const served = useMemo(() => (hours.data ? campaignsWithHours(hours.data) : []), [hours.data])
  const campaignId = hours.data ? pickCertificateCampaign(hours.data, picked ?? open.campaignId) : null
  const campaign = useCampaign(campaignId)
  const content = useMemo(
    () => (hours.data && campaign.data && campaign.data.id === campaignId ? toCertificateContent(hours.data, campaign.data) : null),
    [hours.data, campaign.data, campaignId],
  )

  let body
  if (session.status === 'signed_out') {
    body = <StateView kind='empty' title='登录后查看服务证明' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (hours.error || campaign.error) {
    const reload = () => void Promise.all([hours.reload(), campaign.reload()])
    body = <StateView kind='error' title='加载失败' description={hours.error ?? campaign.error ?? undefined} actionText='重新加载' onAction={reload} />
  } else if (!hours.data || (campaignId && !content && campaign.loading)) {
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
    body = (
      <>
        {served.length > 1 ? <CampaignChips ids={served} selected={campaignId} onPick={setPicked} /> : null}
        <CertificateView content={content} />
      </>
    )
  }
  return (
    <>
      <A11yPageMeta />
      <View className='certificate-page'>{body}</View>
    </>
  )
}

/** Served in several campaigns: one certificate each, issued by that campaign's organisers. */
function CampaignChips({ ids, selected, onPick }: { ids: string[]; selected: string | null; onPick: (id: string) => void }) {
  const campaigns = useRemote(listCampaigns, [])
  const nameOf = (id: string, index: number) => {
    const found = campaigns.data?.items.find((c) => c.id === id)
    return found ? campaignLabel(found) : `活动月 ${index + 1}`
  }
  return (
    <View className='certificate-page__campaigns'>
      <Text className='certificate-page__campaigns-label'>按活动月出具：</Text>
      {ids.map((id, index) => (
        <View
          key={id}
          className={`certificate-campaign-chip${id === selected ? ' certificate-campaign-chip--active' : ''}`}
          aria-role='button'
          onClick={() => onPick(id)}
        >
          <Text>{nameOf(id, index)}</Text>
        </View>
      ))}
    </View>
  )
}
