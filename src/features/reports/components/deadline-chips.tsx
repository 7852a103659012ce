import { Text, View } from '@tarojs/components'
import { SUBMISSION_STATUS_LABELS } from '../../../../types/api/showcase'
import type { TGetUnitReportsResponse } from '../../../../types/api/reports'
import { toShanghai } from '../../../shared/date'

type TDeadlines = TGetUnitReportsResponse['deadlines']

/** 晋城 asks three times a year: one chip per report date, with this unit's state. */
export function DeadlineChips({ deadlines, currentId, onChoose }: { deadlines: TDeadlines; currentId: string | undefined; onChoose: (id: string) => void }) {
  if (deadlines.length < 2) return null
  return (
    <View className='deadline-chips'>
      {deadlines.map((d) => {
        const due = toShanghai(d.dueAt)
        const state = d.status ? SUBMISSION_STATUS_LABELS[d.status] : d.passed ? '已截止' : '未开始'
        return (
          <View key={d.id} className={`deadline-chips__chip report-deadline-chip${d.id === currentId ? ' deadline-chips__chip--active' : ''}`} onClick={() => onChoose(d.id)}>
            <Text className='deadline-chips__date'>
              {due.month() + 1}月{due.date()}日
            </Text>
            <Text className='deadline-chips__state'>{state}</Text>
          </View>
        )
      })}
    </View>
  )
}
