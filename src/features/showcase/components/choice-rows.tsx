import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { CheckBox } from '../../../shared/ui/check-box'

type TChoice<T extends string> = { item: T; description: string }

interface ChoiceRowsProps<T extends string> {
  items: readonly T[]
  chosen: TChoice<T>[]
  onChange: (chosen: TChoice<T>[]) => void
  disabled: boolean
  placeholders: Record<T, string>
  className?: string
}

/**
 * "1. 展板: ____  2. 现场服务: ____" as the notice prints them: tick an item, then say what exactly
 * after its colon. Kept in the form's order whatever order they were ticked in.
 */
export function ChoiceRows<T extends string>({ items, chosen, onChange, disabled, placeholders, className }: ChoiceRowsProps<T>) {
  const toggle = (item: T, on: boolean) => {
    if (disabled) return
    const next = on ? [...chosen, { item, description: '' }] : chosen.filter((c) => c.item !== item)
    onChange(items.filter((i) => next.some((c) => c.item === i)).map((i) => next.find((c) => c.item === i)!))
  }
  const describe = (item: T, description: string) => onChange(chosen.map((c) => (c.item === item ? { ...c, description } : c)))
  return (
    <View className={`choice-rows ${className ?? ''}`}>
      {items.map((item, index) => {
        const choice = chosen.find((c) => c.item === item)
        return (
          <View key={item} className={`choice-rows__row choice-${index + 1}`}>
            <CheckBox checked={Boolean(choice)} onChange={(on) => toggle(item, on)}>
              <Text className='choice-rows__label'>
                {index + 1}. {item}
              </Text>
            </CheckBox>
            {choice ? (
              <Input
                className='choice-rows__input'
                value={choice.description}
                placeholder={placeholders[item]}
                maxLength={200}
                disabled={disabled}
                onChange={(value) => describe(item, value)}
              />
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
