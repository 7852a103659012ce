import { ScrollView, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { isWeapp } from '../../../shared/platform'
import { describeDay } from '../describe-day'
import { daysBetween } from '../special-days'
import './day-strip.scss'

export interface DateSelection {
  /** Inclusive YYYY-MM-DD range; from === to for one day. */
  from: string
  to: string
}

interface DayStripProps {
  periodStart: string
  periodEnd: string
  /** Activities per day under the other filters; missing days count 0. */
  counts: Record<string, number> | null
  selection: DateSelection | null
  specialDates: ReadonlySet<string>
  today: string
  onSelect: (selection: DateSelection | null) => void
}

/** The campaign's days in a horizontal strip, each with its number of activities. */
export function DayStrip({ periodStart, periodEnd, counts, selection, specialDates, today, onSelect }: DayStripProps) {
  const days = useMemo(() => daysBetween(periodStart, periodEnd), [periodStart, periodEnd])
  // Scroll the selection (or today) into view; ids must start with a letter.
  const target = selection?.from ?? (days.includes(today) ? today : undefined)
  return (
    <ScrollView className='day-strip' scrollX enhanced showScrollbar={false} scrollIntoView={target ? `day-${target}` : undefined} scrollWithAnimation>
      <View className='day-strip__track'>
        <View className={`day-strip__all${selection ? '' : ' day-strip__all--selected'}`} onClick={() => onSelect(null)}>
          <Text className='day-strip__all-text'>全部</Text>
          <Text className='day-strip__all-text'>日期</Text>
        </View>
        {days.map((date) => {
          const selected = selection !== null && selection.from === selection.to && selection.from === date
          const inRange = selection !== null && selection.from !== selection.to && date >= selection.from && date <= selection.to
          const count = counts?.[date] ?? 0
          return (
            <View
              key={date}
              id={`day-${date}`}
              className='day-strip__item'
              data-date={date}
              onClick={() => onSelect(selected ? null : { from: date, to: date })}
            >
              <DayCell date={date} count={count} today={today} selected={selected} inRange={inRange} special={specialDates.has(date)} />
            </View>
          )
        })}
      </View>
    </ScrollView>
  )
}

interface DayCellProps {
  date: string
  count: number
  today: string
  selected: boolean
  inRange: boolean
  special: boolean
}

/** The native `day-cell` in the mini-program; the same markup in H5. */
function DayCell(props: DayCellProps) {
  const { date, count, today, selected, inRange, special } = props
  // Props spelled out: Taro builds the native template from the attributes it sees here.
  if (isWeapp) return <day-cell date={date} count={count} today={today} selected={selected} ranged={inRange} special={special} />
  const d = describeDay(date, count, today)
  const classes = ['day-cell', `day-cell--${d.tone}`, d.weekend && 'day-cell--weekend', selected && 'day-cell--selected', inRange && 'day-cell--range']
  return (
    <View className={classes.filter(Boolean).join(' ')}>
      <Text className='day-cell__weekday'>{d.weekday}</Text>
      <Text className='day-cell__day'>{d.day}</Text>
      <Text className='day-cell__count'>{d.countText}</Text>
      {special ? <View className='day-cell__mark' /> : null}
    </View>
  )
}
