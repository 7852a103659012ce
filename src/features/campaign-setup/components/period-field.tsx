import { Picker, Text, View } from '@tarojs/components'
import type { TPeriodInput } from '../../../../types/api/campaign-setup'
import { SetupChips } from './setup-ui'

const KINDS = [
  { value: 'month', label: '整月' },
  { value: 'range', label: '起止日期' },
  { value: 'year_round', label: '全年（从某日起）' },
] as const

/** 2027-03-05 → 2027年3月5日 */
function describeDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

function DatePick({ name, value, fields, onChange }: { name: string; value: string; fields?: 'month'; onChange: (value: string) => void }) {
  const text = fields === 'month' ? `${Number(value.slice(0, 4))}年${Number(value.slice(5, 7))}月` : describeDate(value)
  return (
    <Picker mode='date' fields={fields ?? 'day'} value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className={`setup-picker setup-picker--${name}`}>
        <Text>{text}</Text>
      </View>
    </Picker>
  )
}

/**
 * 活动期间: a month (2024年3月), a start and an end (兰州 3月1日—10月10日), or a start date for a
 * year-round programme (晋城 3月5日起，全年: it runs to the end of that year).
 */
export function PeriodField({ value, onChange }: { value: TPeriodInput; onChange: (value: TPeriodInput) => void }) {
  const start = value.kind === 'month' ? `${value.month}-01` : value.start
  function pick(kind: TPeriodInput['kind']) {
    if (kind === 'month') onChange({ kind, month: start.slice(0, 7) })
    else if (kind === 'range') onChange({ kind, start, end: value.kind === 'range' ? value.end : start.slice(0, 8) + '28' })
    else onChange({ kind, start })
  }
  return (
    <View className='period-field'>
      <SetupChips name='period-kind' options={KINDS} value={value.kind} onChange={pick} />
      <View className='period-field__dates'>
        {value.kind === 'month' ? <DatePick name='month' fields='month' value={value.month} onChange={(month) => onChange({ kind: 'month', month: month.slice(0, 7) })} /> : null}
        {value.kind === 'range' ? (
          <>
            <DatePick name='start' value={value.start} onChange={(d) => onChange({ ...value, start: d })} />
            <Text className='period-field__to'>至</Text>
            <DatePick name='end' value={value.end} onChange={(d) => onChange({ ...value, end: d })} />
          </>
        ) : null}
        {value.kind === 'year_round' ? (
          <>
            <DatePick name='start' value={value.start} onChange={(d) => onChange({ kind: 'year_round', start: d })} />
            <Text className='period-field__to'>起，全年</Text>
          </>
        ) : null}
      </View>
    </View>
  )
}
