import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './check-box.scss'

interface CheckBoxProps {
  checked: boolean
  onChange: (checked: boolean) => void
  className?: string
  children: ReactNode
}

/** A tick box with its label; the label may hold its own tappable parts (e.g. a link). */
export function CheckBox({ checked, onChange, className, children }: CheckBoxProps) {
  return (
    <View className={`check-box${checked ? ' check-box--checked' : ''} ${className ?? ''}`}>
      <View className='check-box__box' onClick={() => onChange(!checked)}>
        <Text className='check-box__tick'>{checked ? '✓' : ''}</Text>
      </View>
      <View className='check-box__label' onClick={() => onChange(!checked)}>
        {children}
      </View>
    </View>
  )
}
