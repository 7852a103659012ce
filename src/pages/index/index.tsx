import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { ActivityFilterBar } from '../../features/activities/components/activity-filter-bar'
import { ActivityList } from '../../features/activities/components/activity-list'
import { ActivitySearch } from '../../features/activities/components/activity-search'
import { DayStrip } from '../../features/activities/components/day-strip'
import { SpecialDayChips } from '../../features/activities/components/special-day-chips'
import { hasActiveFilters, toDayCountFilters, toListFilters, type ActivityFilterValue } from '../../features/activities/activity-filters'
import { useActivityList } from '../../features/activities/hooks/use-activity-list'
import { useDayCounts } from '../../features/activities/hooks/use-day-counts'
import { openActivity } from '../../features/activities/navigation'
import { specialDaysIn } from '../../features/activities/special-days'
import { useAppConfig } from '../../features/app-config/hooks/use-app-config'
import { CampaignHeader } from '../../features/campaigns/components/campaign-header'
import { useCampaign } from '../../features/campaigns/hooks/use-campaign'
import { todayInShanghai } from '../../shared/today'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

export default function ActivitiesPage() {
  const appConfig = useAppConfig()
  const campaignId = appConfig.data?.currentCampaignId ?? null
  const campaign = useCampaign(campaignId)
  const [filter, setFilter] = useState<ActivityFilterValue>({})
  const listFilters = useMemo(() => (campaignId ? toListFilters(campaignId, filter) : null), [campaignId, filter])
  const dayFilters = useMemo(() => (campaignId ? toDayCountFilters(campaignId, filter) : null), [campaignId, filter])
  const list = useActivityList(listFilters)
  const dayCounts = useDayCounts(dayFilters)
  const specialDays = useMemo(() => (campaign.data ? specialDaysIn(campaign.data) : []), [campaign.data])
  const specialDates = useMemo(() => new Set(specialDays.filter((d) => d.from === d.to).map((d) => d.from)), [specialDays])
  const today = todayInShanghai()

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

  const selection = filter.dates ?? null
  const selectDates = (dates: ActivityFilterValue['dates'] | null) => setFilter({ ...filter, dates: dates ?? undefined })
  return (
    <View className='home-page'>
      <CampaignHeader campaign={campaign.data} loading={campaign.loading || appConfig.loading} />
      <ActivitySearch value={filter.q ?? ''} onSearch={(q) => setFilter({ ...filter, q: q || undefined })} />
      <View className='home-page__dates'>
        {campaign.data ? (
          <DayStrip
            periodStart={campaign.data.periodStart}
            periodEnd={campaign.data.periodEnd}
            counts={dayCounts}
            selection={selection}
            specialDates={specialDates}
            today={today}
            onSelect={selectDates}
          />
        ) : null}
        <SpecialDayChips days={specialDays} selection={selection} onSelect={selectDates} />
      </View>
      <ActivityFilterBar value={filter} onChange={setFilter} campaign={campaign.data ?? null} />
      <ActivityList list={list} filtered={hasActiveFilters(filter)} onClearFilters={() => setFilter({})} onOpen={openActivity} />
    </View>
  )
}
