import { Text, View } from '@tarojs/components'
import type { TDeliverable } from '../../../../types/api/unit-home'
import { formatDue } from '../format-due'
import { DeliverableStateTag } from './state-tag'
import './unit-home.scss'

interface DeliverableRowProps {
  deliverable: TDeliverable
  now: string
  onOpen: (deliverable: TDeliverable) => void
}

/** A line of 全部报送事项: the deadline, days left, state, and what is owed or done. */
export function DeliverableRow({ deliverable: d, now, onOpen }: DeliverableRowProps) {
  const note = d.owed.length > 0 ? d.owed.join('；') : d.progress
  return (
    <View className='deliverable-row' hoverClass='deliverable-row--pressed' onClick={() => onOpen(d)}>
      <View className='deliverable-row__main'>
        <Text className='deliverable-row__title deliverable-title'>{d.title}</Text>
        <Text className='deliverable-row__meta'>
          {d.kindLabel} · 截止 {formatDue(d.dueAt, now)}
        </Text>
        {d.returnReason ? <Text className='deliverable-row__reason'>退回原因：{d.returnReason}</Text> : null}
        {note ? <Text className='deliverable-row__note'>{note}</Text> : null}
      </View>
      <View className='deliverable-row__side'>
        <DeliverableStateTag state={d.state} label={d.stateLabel} />
        <Text className={`deliverable-row__days deliverable-row__days--${d.urgency}`}>{d.dueText}</Text>
      </View>
    </View>
  )
}
