import { Button, Input } from '@nutui/nutui-react-taro'
import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TDeadlineInput } from '../../../../types/api/campaign-setup'
import { DEADLINE_KIND_LABELS, type TDeadlineKind } from '../../../../types/domain'
import { describeLocalDay } from '../deadline-text'
import { labelled, SetupChips, SetupError, SetupField } from './setup-ui'

const KIND_OPTIONS = labelled(DEADLINE_KIND_LABELS)

interface DeadlineFormProps {
  initial: { kind: TDeadlineKind; title: string; date: string; time: string }
  submitText: string
  busy: boolean
  error: string | null
  onSubmit: (input: TDeadlineInput) => void
  onCancel?: () => void
}

/**
 * One deadline: what is due (the kind decides what units hand in), its title as the notice words
 * it, and the day and time in Beijing time.
 */
export function DeadlineForm({ initial, submitText, busy, error, onSubmit, onCancel }: DeadlineFormProps) {
  const [kind, setKind] = useState<TDeadlineKind>(initial.kind)
  const [title, setTitle] = useState(initial.title)
  const [date, setDate] = useState(initial.date)
  const [time, setTime] = useState(initial.time)
  function pickKind(next: TDeadlineKind) {
    // An untouched title follows the kind.
    if (title === '' || title === DEADLINE_KIND_LABELS[kind]) setTitle(DEADLINE_KIND_LABELS[next])
    setKind(next)
  }
  return (
    <View className='setup-form deadline-form'>
      <SetupField label='类型' name='deadline-kind'>
        <SetupChips name='deadline-kind' options={KIND_OPTIONS} value={kind} onChange={pickKind} />
      </SetupField>
      <SetupField label='截止事项' name='deadline-title'>
        <Input className='setup-input deadline-title' value={title} maxLength={120} placeholder='如：活动安排表（附件2）报市文明办' onChange={setTitle} />
      </SetupField>
      <SetupField label='截止时间' name='deadline-due' hint='北京时间'>
        <View className='setup-pickers'>
          <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}>
            <View className='setup-picker deadline-date'>
              <Text>{describeLocalDay(date)}</Text>
            </View>
          </Picker>
          <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
            <View className='setup-picker deadline-time'>
              <Text>{time}</Text>
            </View>
          </Picker>
        </View>
      </SetupField>
      <SetupError message={error} />
      <View className='setup-form__actions'>
        {onCancel ? (
          <Button className='setup-cancel' fill='outline' onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button className='setup-submit deadline-submit' type='primary' loading={busy} onClick={() => onSubmit({ kind, title, dueAt: `${date} ${time}` })}>
          {submitText}
        </Button>
      </View>
    </View>
  )
}
