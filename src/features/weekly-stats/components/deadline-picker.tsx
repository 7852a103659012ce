import { ScrollView, Text, View } from '@tarojs/components'
import type { TStatsDeadline } from '../../../../types/api/weekly-stats'
import { describeStatus } from '../describe-status'
import './weekly-stats.scss'

interface DeadlinePickerProps {
  deadlines: TStatsDeadline[]
  value: string
  disabled: boolean
  onChange: (deadlineId: string) => void
}

/** The campaign's Fridays and the summary, each with this unit's state, scrollable sideways. */
export function DeadlinePicker({ deadlines, value, disabled, onChange }: DeadlinePickerProps) {
  return (
    <ScrollView className='stats-deadlines' scrollX enhanced showScrollbar={false} scrollIntoView={`stats-deadline-${value}`}>
      <View className='stats-deadlines__row'>
        {deadlines.map((deadline) => {
          const state = describeStatus(deadline.status, deadline.pastDue)
          return (
            <View
              key={deadline.id}
              id={`stats-deadline-${deadline.id}`}
              className={`stats-deadline${deadline.id === value ? ' stats-deadline--active' : ''}`}
              data-id={deadline.id}
              onClick={() => !disabled && deadline.id !== value && onChange(deadline.id)}
            >
              <Text className='stats-deadline__label'>{deadline.label}</Text>
              <Text className={`stats-deadline__state stats-state--${state.tone}`}>{state.word}</Text>
            </View>
          )
        })}
      </View>
    </ScrollView>
  )
}
