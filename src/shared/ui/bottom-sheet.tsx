import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './bottom-sheet.scss'

interface BottomSheetProps {
  open: boolean
  title: string
  onClose: () => void
  className?: string
  children: ReactNode
}

/**
 * A panel sliding over the page from the bottom, drawn locally (a few lines here instead of
 * NutUI's Popup and its styles in the main package).
 */
export function BottomSheet({ open, title, onClose, className, children }: BottomSheetProps) {
  if (!open) return null
  return (
    <View className={`bottom-sheet ${className ?? ''}`} catchMove>
      <View className='bottom-sheet__mask' onClick={onClose} />
      <View className='bottom-sheet__panel'>
        <View className='bottom-sheet__header'>
          <Text className='bottom-sheet__title'>{title}</Text>
          <Text className='bottom-sheet__close' onClick={onClose}>
            ×
          </Text>
        </View>
        <View className='bottom-sheet__body'>{children}</View>
      </View>
    </View>
  )
}
