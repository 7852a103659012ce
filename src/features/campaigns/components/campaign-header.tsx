import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TCampaignDetail } from '../../../../types/api/campaigns'
import { formatPeriod } from '../../../shared/date'
import './campaign-header.scss'

interface CampaignHeaderProps {
  campaign: TCampaignDetail | undefined
  loading: boolean
}

/** The red banner on the home page: which 学雷锋 campaign this is, its theme and period. */
export function CampaignHeader({ campaign, loading }: CampaignHeaderProps) {
  if (!campaign) {
    return (
      <View className='campaign-header campaign-header--loading'>
        {loading ? <Skeleton rows={3} animated /> : <Text className='campaign-header__kicker'>学雷锋志愿服务月</Text>}
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
      <Text className='campaign-header__title campaign-title'>{campaign.title}</Text>
      {campaign.theme ? <Text className='campaign-header__theme campaign-theme'>主题：{campaign.theme}</Text> : null}
      <View className='campaign-header__facts'>
        <View className='campaign-header__fact'>
          <Text className='campaign-header__fact-label'>活动期间</Text>
          <Text className='campaign-header__fact-value campaign-period'>
            {formatPeriod(campaign.periodStart, campaign.periodEnd)}
          </Text>
        </View>
        <View className='campaign-header__fact campaign-header__fact--count'>
          <Text className='campaign-header__fact-label'>活动</Text>
          <Text className='campaign-header__fact-value'>{campaign.activityCount} 项</Text>
        </View>
      </View>
      <Text className='campaign-header__issuer'>发布：{campaign.issuers.length > 0 ? campaign.issuers.join('、') : campaign.issuer}</Text>
    </View>
  )
}
