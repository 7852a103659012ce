import { View } from '@tarojs/components'
import './progress-bar.scss'

interface ProgressBarProps {
  /** 0–1, or null when the platform does not report progress (an indeterminate, moving bar). */
  ratio: number | null
  className?: string
}

/** A thin upload bar: bytes sent where the platform tells us, otherwise a moving stripe. */
export function ProgressBar({ ratio, className }: ProgressBarProps) {
  const width = ratio === null ? undefined : `${Math.round(Math.min(1, Math.max(0, ratio)) * 100)}%`
  return (
    <View className={`progress-bar ${className ?? ''}`}>
      <View className={`progress-bar__fill${ratio === null ? ' progress-bar__fill--moving' : ''}`} style={width ? { width } : undefined} />
    </View>
  )
}
