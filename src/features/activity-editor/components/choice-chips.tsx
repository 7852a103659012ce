import { Text, View } from '@tarojs/components'

interface ChoiceChipsProps<T extends string> {
  options: readonly { value: T; label: string }[]
  selected: readonly T[]
  onToggle: (value: T) => void
  disabled?: boolean
  className?: string
}

/** Tappable chips for a choice among a few (所属类别: one; 覆盖人群: several). */
export function ChoiceChips<T extends string>({ options, selected, onToggle, disabled, className }: ChoiceChipsProps<T>) {
  return (
    <View className={`choice-chips ${className ?? ''}`}>
      {options.map((option) => {
        const active = selected.includes(option.value)
        return (
          <View
            key={option.value}
            className={`choice-chip choice-chip--${option.value}${active ? ' choice-chip--active' : ''}${disabled ? ' choice-chip--readonly' : ''}`}
            onClick={() => (disabled ? undefined : onToggle(option.value))}
          >
            <Text>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
