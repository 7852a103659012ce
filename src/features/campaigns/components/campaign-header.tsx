import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TCampaignDetail, TCampaignSummary } from '../../../../types/api/campaigns'
import { formatPeriod } from '../../../shared/date'
import { CampaignSwitcher } from './campaign-switcher'
import './campaign-header.scss'

interface CampaignHeaderProps {
  campaign: TCampaignDetail | undefined
  loading: boolean
  /** One line (name, period, switcher) once the person has seen the full banner or scrolled. */
  compact: boolean
  /** Campaigns open to the person, for 切换活动月 (shown with two or more). */
  campaigns: TCampaignSummary[]
}

/**
 * The red banner on the home page: which 学雷锋 campaign this is, named by its theme (践行二十大·志愿我先行),
 * never by the notice's long title unless it has no theme. Full the first time, then compact, so the
 * first activity is on the first screen.
 */
export function CampaignHeader({ campaign, loading, compact, campaigns }: CampaignHeaderProps) {
  if (!campaign) {
    return (
      <View className={`campaign-header campaign-header--loading${compact ? ' campaign-header--compact' : ''}`}>
        {loading && !compact ? <Skeleton rows={3} animated /> : <Text className='campaign-header__kicker'>学雷锋志愿服务月</Text>}
      </View>
    )
  }
  const name = campaign.theme ?? campaign.title
  const period = formatPeriod(campaign.periodStart, campaign.periodEnd)
  if (compact) {
    return (
      <View className='campaign-header campaign-header--compact campaign-header-compact'>
        <View className='campaign-header__compact-text'>
          <Text className='campaign-header__compact-title campaign-title'>{name}</Text>
          <Text className='campaign-header__compact-meta campaign-period'>
            {campaign.city} · {period} · {campaign.activityCount} 项活动
          </Text>
        </View>
        {campaign.isDemo ? <Text className='campaign-header__demo campaign-demo-tag'>示例</Text> : null}
        <CampaignSwitcher options={campaigns} selectedId={campaign.id} />
      </View>
    )
  }
  return (
    <View className='campaign-header'>
      <View className='campaign-header__top'>
        <Text className='campaign-header__kicker'>
          {campaign.city} · {campaign.year} 学雷锋志愿服务月
        </Text>
        {campaign.isDemo ? <Text className='campaign-header__demo campaign-demo-tag'>示例</Text> : null}
      </View>
      <Text className='campaign-header__title campaign-title'>{name}</Text>
      <View className='campaign-header__facts'>
        <Text className='campaign-header__fact-value campaign-period'>{period}</Text>
        <Text className='campaign-header__fact-value'>{campaign.activityCount} 项活动</Text>
        <CampaignSwitcher options={campaigns} selectedId={campaign.id} />
      </View>
      <Text className='campaign-header__issuer'>发布：{campaign.issuers.length > 0 ? campaign.issuers.join('、') : campaign.issuer}</Text>
    </View>
  )
}
