import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A titled group of fields (a card on the page). */
export function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <View className='editor-section'>
      <View className='editor-section__head'>
        <Text className='editor-section__title'>{title}</Text>
        {hint ? <Text className='editor-section__hint'>{hint}</Text> : null}
      </View>
      {children}
    </View>
  )
}

interface FormFieldProps {
  label: string
  /** Machine name, so tests and people reading the DOM find the field (and its error). */
  name: string
  required?: boolean
  error?: string
  hint?: string
  /** Label above the input (long inputs, chips) instead of beside it. */
  stacked?: boolean
  children: ReactNode
}

/** One labelled input with its error right under it, as the server names it. */
export function FormField({ label, name, required, error, hint, stacked, children }: FormFieldProps) {
  return (
    <View className={`editor-field editor-field--${name}${stacked ? ' editor-field--stacked' : ''}${error ? ' editor-field--error' : ''}`}>
      <View className='editor-field__row'>
        <Text className='editor-field__label'>
          {label}
          {required ? <Text className='editor-field__required'>*</Text> : null}
        </Text>
        <View className='editor-field__control'>{children}</View>
      </View>
      {error ? <Text className={`editor-field__error field-error field-error--${name}`}>{error}</Text> : null}
      {!error && hint ? <Text className='editor-field__hint'>{hint}</Text> : null}
    </View>
  )
}
