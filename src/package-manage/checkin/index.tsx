import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { TRosterItem } from '../../../types/api/checkins'
import { useActivity } from '../../features/activities/hooks/use-activity'
import { getRoster } from '../../features/checkins/api/get-roster'
import { CheckinQrCard } from '../../features/checkins/components/checkin-qr-card'
import { CorrectCheckinSheet } from '../../features/checkins/components/correct-checkin-sheet'
import { RosterList } from '../../features/checkins/components/roster-list'
import { useRotatingCode } from '../../features/checkins/hooks/use-rotating-code'
import { formatTimeRange } from '../../shared/date'
import { keepScreenOn } from '../../shared/screen'
import { showSuccess } from '../../shared/toast'
import { StateView } from '../../shared/ui/state-view'
import { useRemote } from '../../shared/use-remote'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/** How often the roster follows the scans while the contact has this page open. */
const ROSTER_REFRESH_MS = 15_000

export default function CheckinManagePage() {
  const { params } = useRouter<{ id?: string }>()
  const activity = useActivity(params.id)
  const allowed = activity.data?.canManage === true
  // With no network the activity cannot load; the key stored on this phone still makes the code.
  const rotating = useRotatingCode(allowed || activity.error ? params.id : undefined)
  const roster = useRemote(allowed && params.id ? () => getRoster(params.id ?? '') : null, [allowed, params.id])
  const [items, setItems] = useState<TRosterItem[]>([])
  const [correcting, setCorrecting] = useState<TRosterItem | null>(null)

  useEffect(() => {
    if (roster.data) setItems(roster.data.items)
  }, [roster.data])
  useEffect(() => {
    if (!allowed) return undefined
    const timer = setInterval(() => void roster.reload(), ROSTER_REFRESH_MS)
    return () => clearInterval(timer)
  }, [allowed, roster.reload])
  // The code is held up to volunteers: the screen must not dim in the middle of a scan.
  useDidShow(() => keepScreenOn(true))
  useDidHide(() => keepScreenOn(false))
  useEffect(() => () => keepScreenOn(false), [])
  usePullDownRefresh(() => {
    void roster.reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (activity.error && rotating.stored) {
    const stored = rotating.stored
    return (
      <View className='manage-page'>
        <View className='manage-page__header'>
          <Text className='manage-page__title manage-activity-title'>{stored.title}</Text>
          <Text className='manage-page__time'>{formatTimeRange(stored.startsAt, stored.endsAt)}</Text>
        </View>
        <CheckinQrCard rotating={rotating} />
        <StateView kind='empty' title='报名名单需要网络' description='志愿者的扫码会保存在他们的手机上，网络恢复后自动提交。' actionText='重新加载' onAction={activity.reload} />
      </View>
    )
  }
  if (activity.error) {
    return (
      <View className='manage-page'>
        <StateView kind='error' title='活动加载失败' description={activity.error} actionText='重新加载' onAction={activity.reload} />
      </View>
    )
  }
  if (!activity.data) {
    return (
      <View className='manage-page'>
        <View className='manage-page__skeleton'>
          <Skeleton rows={5} animated />
        </View>
      </View>
    )
  }
  if (!allowed) {
    return (
      <View className='manage-page'>
        <StateView kind='error' title='没有权限' description='只有活动所属单位的联系人和组织方可以出示签到码、查看名单' />
      </View>
    )
  }
  const data = activity.data
  return (
    <>
      <A11yPageMeta />
      <View className='manage-page'>
        <View className='manage-page__header'>
          <Text className='manage-page__title manage-activity-title'>{data.title}</Text>
          <Text className='manage-page__time'>{formatTimeRange(data.startsAt, data.endsAt)}</Text>
        </View>
        <CheckinQrCard rotating={rotating} />
        {roster.error && items.length === 0 ? (
          <StateView kind='error' title='名单加载失败' description={roster.error} actionText='重新加载' onAction={roster.reload} />
        ) : (
          <RosterList items={items} onCorrect={setCorrecting} />
        )}
        <CorrectCheckinSheet
          item={correcting}
          startsAt={data.startsAt}
          endsAt={data.endsAt}
          onClose={() => setCorrecting(null)}
          onSaved={(saved) => {
            setItems((previous) => previous.map((i) => (i.registrationId === saved.registrationId ? saved : i)))
            setCorrecting(null)
            showSuccess('已修正')
          }}
        />
      </View>
    </>
  )
}
