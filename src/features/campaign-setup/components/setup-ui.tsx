import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** One section of the page (基本信息, 截止时间, …): a card with a title, a hint and its actions. */
export function SetupSection({ id, title, hint, actions, children }: { id: string; title: string; hint?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <View className={`setup-section setup-section--${id}`} id={`setup-${id}`}>
      <View className='setup-section__head'>
        <View className='setup-section__titles'>
          <Text className='setup-section__title'>{title}</Text>
          {hint ? <Text className='setup-section__hint'>{hint}</Text> : null}
        </View>
        {actions ? <View className='setup-section__actions'>{actions}</View> : null}
      </View>
      {children}
    </View>
  )
}

/** A labelled input; `name` lets people reading the DOM (and tests) find it. */
export function SetupField({ label, name, hint, children }: { label: string; name: string; hint?: string; children: ReactNode }) {
  return (
    <View className={`setup-field setup-field--${name}`}>
      <Text className='setup-field__label'>{label}</Text>
      <View className='setup-field__control'>{children}</View>
      {hint ? <Text className='setup-field__hint'>{hint}</Text> : null}
    </View>
  )
}

/** Tappable chips for one choice among a few. */
export function SetupChips<T extends string>({ name, options, value, onChange }: { name: string; options: readonly { value: T; label: string }[]; value: T | null; onChange: (value: T) => void }) {
  return (
    <View className={`setup-chips setup-chips--${name}`}>
      {options.map((option) => (
        <View
          key={option.value}
          className={`setup-chip setup-chip--${option.value}${option.value === value ? ' setup-chip--active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  )
}

/** The server's sentence under a form. */
export function SetupError({ message }: { message: string | null }) {
  return message ? <Text className='setup-error'>{message}</Text> : null
}

/** A small text button (编辑, 删除) in a row. */
export function SetupLink({ label, danger, onClick, className }: { label: string; danger?: boolean; onClick: () => void; className?: string }) {
  return (
    <Text className={`setup-link${danger ? ' setup-link--danger' : ''} ${className ?? ''}`} onClick={onClick}>
      {label}
    </Text>
  )
}

export function labelled<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }))
}
