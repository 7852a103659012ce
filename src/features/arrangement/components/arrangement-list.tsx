import { Text, View } from '@tarojs/components'
import type { TArrangementRow } from '../../../../types/api/arrangement'
import { ACTIVITY_CATEGORIES } from '../../../../types/domain'
import { formatTimeRange } from '../../../shared/date'
import { StatusTag } from './status-tag'

interface Props {
  unitName: string
  rows: TArrangementRow[]
  onOpen: (activityId: string) => void
}

/** The unit's 附件2 as it stands: one card per activity, in the table's order. */
export function ArrangementList({ unitName, rows, onOpen }: Props) {
  return (
    <View className='arrangement-list'>
      {rows.map((row, index) => (
        <View key={row.id} className='arrangement-row' onClick={() => onOpen(row.id)}>
          <View className='arrangement-row__top'>
            <Text className='arrangement-row__seq'>{index + 1}</Text>
            <Text className='arrangement-row__title'>{row.title}</Text>
            <StatusTag className='arrangement-row__status' label={row.status === 'published' ? '已发布' : '草稿'} tone={row.status === 'published' ? 'good' : 'neutral'} />
          </View>
          <Text className='arrangement-row__line'>时间：{formatTimeRange(row.startsAt, row.endsAt)}</Text>
          <Text className='arrangement-row__line'>地点：{row.locationName}</Text>
          <Text className='arrangement-row__line'>
            联系人：{row.contactName} {row.contactPhone}
          </Text>
          <Text className='arrangement-row__line'>
            单位：{[unitName, ...row.coOrganisers].join('、')} · {ACTIVITY_CATEGORIES[row.category]}
            {row.isKeyActivity ? ' · 重点活动' : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
