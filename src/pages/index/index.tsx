import { View } from '@tarojs/components'
import Taro, { useDidShow, usePageScroll, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { ActivityFilterBar } from '../../features/activities/components/activity-filter-bar'
import { ActivityList } from '../../features/activities/components/activity-list'
import { ActivitySearch } from '../../features/activities/components/activity-search'
import { DayStrip } from '../../features/activities/components/day-strip'
import { SortBar } from '../../features/activities/components/sort-bar'
import { SpecialDayChips } from '../../features/activities/components/special-day-chips'
import { hasActiveFilters, toDayCountFilters, toListFilters, type ActivityFilterValue } from '../../features/activities/activity-filters'
import { useActivityList } from '../../features/activities/hooks/use-activity-list'
import { useDayCounts } from '../../features/activities/hooks/use-day-counts'
import { useNearby } from '../../features/activities/hooks/use-nearby'
import { openActivity } from '../../features/activities/navigation'
import { specialDaysIn } from '../../features/activities/special-days'
import { useAppConfig } from '../../features/app-config/hooks/use-app-config'
import { CampaignHeader } from '../../features/campaigns/components/campaign-header'
import { hasSeenFullHeader, markFullHeaderSeen } from '../../features/campaigns/header-seen'
import { useCampaign } from '../../features/campaigns/hooks/use-campaign'
import { useOpenCampaigns } from '../../features/campaigns/hooks/use-open-campaigns'
import { refreshUnreadCount } from '../../features/notifications/unread-badge'
import { todayInShanghai } from '../../shared/today'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

export default function ActivitiesPage() {
  const appConfig = useAppConfig()
  const open = useOpenCampaigns(appConfig.data?.currentCampaignId ?? null)
  const campaignId = open.campaignId
  const campaign = useCampaign(campaignId)
  const [filter, setFilter] = useState<ActivityFilterValue>({})
  const nearby = useNearby()
  const near = nearby.state.status === 'on' ? { lat: nearby.state.lat, lng: nearby.state.lng } : undefined
  const listValue = useMemo(() => ({ ...filter, near }), [filter, near?.lat, near?.lng])
  const listFilters = useMemo(() => (campaignId ? toListFilters(campaignId, listValue) : null), [campaignId, listValue])
  const dayFilters = useMemo(() => (campaignId ? toDayCountFilters(campaignId, filter) : null), [campaignId, filter])
  const list = useActivityList(listFilters)
  const dayCounts = useDayCounts(dayFilters)
  const specialDays = useMemo(() => (campaign.data ? specialDaysIn(campaign.data) : []), [campaign.data])
  const specialDates = useMemo(() => new Set(specialDays.filter((d) => d.from === d.to).map((d) => d.from)), [specialDays])
  const today = todayInShanghai()
  // Full banner the first time only; from then on (and as soon as the person scrolls) the compact one.
  const [compact, setCompact] = useState(hasSeenFullHeader)
  useEffect(() => {
    if (campaign.data && !compact) markFullHeaderSeen()
  }, [campaign.data, compact])
  usePageScroll(({ scrollTop }) => {
    if (!compact && scrollTop > 40) setCompact(true)
  })
  // Another campaign's districts, units and days mean nothing here: its filters start afresh.
  useEffect(() => setFilter({}), [campaignId])
  useDidShow(() => void refreshUnreadCount())

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
    <>
      <A11yPageMeta />
      <View className='home-page'>
        <CampaignHeader campaign={campaign.data} loading={campaign.loading || appConfig.loading} compact={compact} campaigns={open.options} />
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
        <SortBar nearby={nearby.state} onByTime={nearby.turnOff} onNearby={() => void nearby.turnOn()} />
        <ActivityList list={list} filtered={hasActiveFilters(filter)} onClearFilters={() => setFilter({})} onOpen={openActivity} />
      </View>
    </>
  )
}
