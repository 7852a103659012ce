import { Text, View } from '@tarojs/components'
import type { TDeliverable } from '../../../../types/api/unit-home'
import { formatDue } from '../format-due'
import { DeliverableStateTag } from './state-tag'
import './unit-home.scss'

interface TodoCardProps {
  deliverable: TDeliverable
  now: string
  onOpen: (deliverable: TDeliverable) => void
}

/** One thing still owed: coloured by urgency, what is missing in words, the organiser's reason when returned. */
export function TodoCard({ deliverable: d, now, onOpen }: TodoCardProps) {
  return (
    <View className={`todo-card todo-card--${d.urgency}`} hoverClass='todo-card--pressed' onClick={() => onOpen(d)}>
      <View className='todo-card__top'>
        <Text className='todo-card__kind'>{d.kindLabel}</Text>
        <DeliverableStateTag state={d.state} label={d.stateLabel} />
      </View>
      <Text className='todo-card__title todo-title'>{d.title}</Text>
      <View className='todo-card__due'>
        <Text className='todo-card__due-date'>截止 {formatDue(d.dueAt, now)}</Text>
        <Text className={`todo-card__days todo-card__days--${d.urgency} todo-days`}>{d.dueText}</Text>
      </View>
      {d.returnReason ? (
        <View className='return-reason'>
          <Text className='return-reason__label'>退回原因</Text>
          <Text className='return-reason__text'>{d.returnReason}</Text>
        </View>
      ) : null}
      <View className='todo-card__owed'>
        {d.owed.map((line) => (
          <Text key={line} className='todo-card__owed-line todo-owed'>
            {line}
          </Text>
        ))}
      </View>
      <Text className='todo-card__action'>{d.page ? '去处理 ›' : '查看说明 ›'}</Text>
    </View>
  )
}
