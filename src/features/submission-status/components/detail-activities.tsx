import { Text, View } from '@tarojs/components'
import type { TCellActivity } from '../../../../types/api/submission-status'
import { ACTIVITY_CATEGORIES } from '../../../../types/domain'
import { formatTimeRange } from '../../../shared/date'
import './status.scss'

const STATUS_WORDS: Record<TCellActivity['status'], string> = { draft: '草稿', published: '已发布', cancelled: '已撤回' }

/** The unit's 附件2 rows: 序号 · 时间 · 地点 · 活动名称及内容 · 联系人及电话 · 所属类别, key ones marked. */
export function DetailActivities({ activities, empty }: { activities: TCellActivity[]; empty: string }) {
  if (activities.length === 0) return <Text className='status-detail__empty'>{empty}</Text>
  return (
    <View className='detail-activities'>
      {activities.map((a, i) => (
        <View key={a.id} className={`detail-activity${a.status === 'cancelled' ? ' detail-activity--cancelled' : ''}`}>
          <View className='detail-activity__head'>
            <Text className='detail-activity__seq'>{a.seq ?? i + 1}</Text>
            <Text className='detail-activity__title'>{a.title}</Text>
            {a.isKeyActivity ? <Text className='detail-tag detail-tag--key'>重点</Text> : null}
            <Text className={`detail-tag detail-tag--${a.status}`}>{STATUS_WORDS[a.status]}</Text>
          </View>
          <Text className='detail-activity__line'>{formatTimeRange(a.startsAt, a.endsAt)} · {a.locationName}</Text>
          <Text className='detail-activity__line'>
            {ACTIVITY_CATEGORIES[a.category]}
            {a.contact ? ` · 联系人 ${a.contact}` : ''}
            {a.coOrganisers.length > 0 ? ` · 协办 ${a.coOrganisers.join('、')}` : ''}
          </Text>
          {a.description ? <Text className='detail-activity__text'>{a.description}</Text> : null}
        </View>
      ))}
    </View>
  )
}
