import { Text, View } from '@tarojs/components'

interface FilterChipProps {
  label: string
  active: boolean
  onTap: () => void
  className?: string
  /** A smaller second line, e.g. the date of a special day. */
  hint?: string
}

export function FilterChip({ label, active, onTap, className, hint }: FilterChipProps) {
  return (
    <View className={`filter-chip${active ? ' filter-chip--active' : ''} ${className ?? ''}`} onClick={onTap}>
      {hint ? <Text className='filter-chip__hint'>{hint}</Text> : null}
      <Text>{label}</Text>
    </View>
  )
}
