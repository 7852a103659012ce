import { ScrollView, Text, View } from '@tarojs/components'
import { ACTIVITY_CATEGORIES, SPECIAL_DAYS, ZActivityCategory, type TActivityCategory } from '../../../../types/domain'
import './activity-filter-bar.scss'

export interface ActivityFilterValue {
  category?: TActivityCategory
  /** YYYY-MM-DD */
  day?: string
}

interface ActivityFilterBarProps {
  value: ActivityFilterValue
  onChange: (value: ActivityFilterValue) => void
  /** The campaign's period, to offer the special days (3·5 学雷锋纪念日 …) that fall inside it. */
  period: { year: number; periodStart: string; periodEnd: string } | null
}

export function ActivityFilterBar({ value, onChange, period }: ActivityFilterBarProps) {
  const days = period
    ? SPECIAL_DAYS.map((d) => ({ ...d, date: `${period.year}-${d.day}` })).filter(
        (d) => d.date >= period.periodStart && d.date <= period.periodEnd,
      )
    : []
  return (
    <View className='filter-bar'>
      <ScrollView className='filter-bar__row' scrollX enhanced showScrollbar={false}>
        <Chip label='全部类别' active={!value.category} onTap={() => onChange({ ...value, category: undefined })} />
        {ZActivityCategory.options.map((category) => (
          <Chip
            key={category}
            label={ACTIVITY_CATEGORIES[category]}
            active={value.category === category}
            onTap={() => onChange({ ...value, category: value.category === category ? undefined : category })}
          />
        ))}
      </ScrollView>
      {days.length > 0 ? (
        <ScrollView className='filter-bar__row filter-bar__row--days' scrollX enhanced showScrollbar={false}>
          <Chip label='全部日期' active={!value.day} onTap={() => onChange({ ...value, day: undefined })} />
          {days.map((d) => (
            <Chip
              key={d.date}
              label={`${d.short} ${d.label}`}
              active={value.day === d.date}
              onTap={() => onChange({ ...value, day: value.day === d.date ? undefined : d.date })}
            />
          ))}
        </ScrollView>
      ) : null}
    </View>
  )
}

function Chip({ label, active, onTap }: { label: string; active: boolean; onTap: () => void }) {
  return (
    <View className={`filter-chip${active ? ' filter-chip--active' : ''}`} onClick={onTap}>
      <Text>{label}</Text>
    </View>
  )
}
