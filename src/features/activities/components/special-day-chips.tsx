import { ScrollView } from '@tarojs/components'
import type { SpecialDayChip } from '../special-days'
import type { DateSelection } from './day-strip'
import { FilterChip } from './filter-chip'

interface SpecialDayChipsProps {
  days: SpecialDayChip[]
  selection: DateSelection | null
  onSelect: (selection: DateSelection | null) => void
}

/** 3·5 学雷锋纪念日, 3·12 植树节 … 中国水周: one tap filters the list to that day or week. */
export function SpecialDayChips({ days, selection, onSelect }: SpecialDayChipsProps) {
  if (days.length === 0) return null
  return (
    <ScrollView className='filter-bar__row filter-bar__row--special' scrollX enhanced showScrollbar={false}>
      {days.map((d) => {
        const active = selection?.from === d.from && selection.to === d.to
        return (
          <FilterChip
            key={d.key}
            className='special-day-chip'
            hint={d.short}
            label={d.label}
            active={active}
            onTap={() => onSelect(active ? null : { from: d.from, to: d.to })}
          />
        )
      })}
    </ScrollView>
  )
}
