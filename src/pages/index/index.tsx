import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { ActivityFilterBar, type ActivityFilterValue } from '../../features/activities/components/activity-filter-bar'
import { ActivityList } from '../../features/activities/components/activity-list'
import { useActivityList } from '../../features/activities/hooks/use-activity-list'
import { openActivity } from '../../features/activities/navigation'
import { useAppConfig } from '../../features/app-config/hooks/use-app-config'
import { CampaignHeader } from '../../features/campaigns/components/campaign-header'
import { useCampaign } from '../../features/campaigns/hooks/use-campaign'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

export default function ActivitiesPage() {
  const appConfig = useAppConfig()
  const campaignId = appConfig.data?.currentCampaignId ?? null
  const campaign = useCampaign(campaignId)
  const [filter, setFilter] = useState<ActivityFilterValue>({})
  const filters = useMemo(() => (campaignId ? { campaignId, ...filter } : null), [campaignId, filter])
  const list = useActivityList(filters)

  useReachBottom(() => {
    if (list.hasMore && !list.loadMoreError) void list.loadMore()
  })
  usePullDownRefresh(() => {
    void Promise.all([campaign.reload(), list.reload()]).finally(() => Taro.stopPullDownRefresh())
  })

  if (appConfig.error) {
    return (
      <View className='home-page'>
        <StateView kind='error' title='无法连接服务' description={appConfig.error} actionText='重新加载' onAction={appConfig.reload} />
      </View>
    )
  }
  if (appConfig.data && !campaignId) {
    return (
      <View className='home-page'>
        <StateView kind='empty' title='当前没有进行中的活动月' description='新的学雷锋志愿服务月发布后会显示在这里' />
      </View>
    )
  }

  return (
    <View className='home-page'>
      <CampaignHeader campaign={campaign.data} loading={campaign.loading || appConfig.loading} />
      <ActivityFilterBar value={filter} onChange={setFilter} period={campaign.data ?? null} />
      <ActivityList list={list} filtered={Boolean(filter.category || filter.day)} onOpen={openActivity} />
    </View>
  )
}
