import { Picker, Text, View } from '@tarojs/components'

interface DateTimeFieldProps {
  name: string
  date: string
  time: string
  /** Calendar bounds (YYYY-MM-DD), e.g. the campaign's period. */
  start?: string
  end?: string
  disabled?: boolean
  placeholder?: string
  /** The time a freshly picked day starts with (报名截止: 18:00). */
  defaultTime?: string
  /** The day the picker opens on while the value is empty (报名截止: the day before the start). */
  defaultDate?: string
  onChange: (value: { date: string; time: string }) => void
  /** Shown for optional values (报名截止): clears both parts. */
  onClear?: () => void
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 2030-03-05 → 3月5日 周二 */
function describeDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`
}

/**
 * A day and a time, each with the platform's picker (WeChat's native wheel; Taro's in H5), in
 * Asia/Shanghai wall-clock time as the notices write them.
 */
export function DateTimeField({ name, date, time, start, end, disabled, placeholder, defaultTime = '09:00', defaultDate, onChange, onClear }: DateTimeFieldProps) {
  const empty = !date
  const fallbackDate = defaultDate ?? start ?? end ?? ''
  return (
    <View className={`date-time date-time--${name}${disabled ? ' date-time--readonly' : ''}`}>
      <Picker
        mode='date'
        value={date || fallbackDate}
        start={start}
        end={end}
        disabled={disabled}
        onChange={(e) => onChange({ date: e.detail.value, time: time || defaultTime })}
      >
        <View className={`date-time__part date-time__date${empty ? ' date-time__part--empty' : ''}`}>
          <Text>{empty ? (placeholder ?? '选择日期') : describeDate(date)}</Text>
        </View>
      </Picker>
      <Picker mode='time' value={time || defaultTime} disabled={disabled} onChange={(e) => onChange({ date: date || fallbackDate, time: e.detail.value })}>
        <View className={`date-time__part date-time__time${empty ? ' date-time__part--empty' : ''}`}>
          <Text>{empty ? '时间' : time}</Text>
        </View>
      </Picker>
      {onClear && !empty && !disabled ? (
        <Text className='date-time__clear' onClick={onClear}>
          清除
        </Text>
      ) : null}
    </View>
  )
}
