import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** One block of the form, titled as the notice's row is (组织名称, 项目简介, 展示内容 …). */
export function FormSection({ title, extra, hint, className, children }: { title: string; extra?: ReactNode; hint?: string; className?: string; children: ReactNode }) {
  return (
    <View className={`form-section ${className ?? ''}`}>
      <View className='form-section__head'>
        <Text className='form-section__title'>{title}</Text>
        {extra}
      </View>
      {hint ? <Text className='form-section__hint'>{hint}</Text> : null}
      {children}
    </View>
  )
}

/** A labelled line inside a section. */
export function FormField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='form-field'>
      <Text className='form-field__label'>{label}</Text>
      <View className='form-field__control'>{children}</View>
    </View>
  )
}
