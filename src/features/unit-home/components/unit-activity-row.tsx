import { Text, View } from '@tarojs/components'
import type { TUnitHomeActivity } from '../../../../types/api/unit-home'
import { formatTimeRange } from '../../../shared/date'
import './unit-home.scss'

const STATUS_LABELS: Record<TUnitHomeActivity['status'], string> = { draft: '草稿', published: '已发布', cancelled: '已撤回' }

interface UnitActivityRowProps {
  activity: TUnitHomeActivity
  onEdit: (id: string) => void
  onCheckin: (id: string) => void
  onPhotos: (id: string) => void
}

/** One of the unit's activities: state, sign-ups, photo verdicts, and 签到 / 照片 when they apply. */
export function UnitActivityRow({ activity: a, onEdit, onCheckin, onPhotos }: UnitActivityRowProps) {
  const seats = a.capacity ? `报名 ${a.confirmedCount}/${a.capacity}` : `报名 ${a.confirmedCount}`
  const waiting = a.waitlistCount > 0 ? ` · 候补 ${a.waitlistCount}` : ''
  const photos = describePhotos(a.photos)
  const live = a.status === 'published'
  return (
    <View className={`unit-activity unit-activity--${a.status}`} hoverClass='unit-activity--pressed' onClick={() => onEdit(a.id)}>
      <View className='unit-activity__top'>
        <Text className={`unit-activity__status unit-activity__status--${a.status}`}>{STATUS_LABELS[a.status]}</Text>
        {a.isKeyActivity ? <Text className='unit-activity__key'>重点</Text> : null}
        {a.isToday && live ? <Text className='unit-activity__today'>今天</Text> : null}
      </View>
      <Text className='unit-activity__title unit-activity-title'>{a.title}</Text>
      <Text className='unit-activity__meta'>{formatTimeRange(a.startsAt, a.endsAt)}</Text>
      <Text className='unit-activity__meta'>{a.locationName}</Text>
      <View className='unit-activity__footer'>
        <Text className='unit-activity__figures'>
          {live ? `${seats}${waiting}` : a.status === 'draft' ? '未发布，志愿者看不到' : '已撤回，报名已取消'}
          {photos ? ` · ${photos}` : ''}
        </Text>
        <View className='unit-activity__actions'>
          {live && a.isToday ? (
            <Text
              className='unit-activity__action unit-activity-checkin'
              onClick={(e) => {
                e.stopPropagation()
                onCheckin(a.id)
              }}
            >
              签到
            </Text>
          ) : null}
          {live && a.hasStarted ? (
            <Text
              className='unit-activity__action unit-activity-photos'
              onClick={(e) => {
                e.stopPropagation()
                onPhotos(a.id)
              }}
            >
              照片
            </Text>
          ) : null}
        </View>
      </View>
    </View>
  )
}

/** 照片 3 合格 · 1 待复核 (nothing before the first upload). */
function describePhotos(p: TUnitHomeActivity['photos']): string {
  if (p.total === 0) return ''
  const parts = [
    [p.passed, '合格'],
    [p.needsReview, '待复核'],
    [p.failed, '不合格'],
    [p.checking, '检查中'],
  ] as const
  return `照片 ${parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(' · ')}`
}
