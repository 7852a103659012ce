import { Text, View } from '@tarojs/components'
import { a11ySwitch } from '../a11y-props'
import { useElderMode } from '../hooks/use-elder-mode'
import './elder-mode-card.scss'

/** 我的 → 长辈模式: bigger text and buttons on every page of this phone, kept until switched off. */
export function ElderModeCard() {
  const { elderMode, setElderMode } = useElderMode()
  return (
    <View className='me-card elder-mode' {...a11ySwitch('长辈模式：字更大、按钮更大', elderMode)} onClick={() => setElderMode(!elderMode)}>
      <View className='elder-mode__text'>
        <Text className='elder-mode__title'>长辈模式</Text>
        <Text className='elder-mode__hint'>{elderMode ? '已开启：字更大、按钮更大' : '字更大、按钮更大，所有页面都适用'}</Text>
      </View>
      <View className={`elder-mode__switch ${elderMode ? 'elder-mode__switch--on' : ''}`} aria-hidden>
        <View className='elder-mode__knob' />
      </View>
    </View>
  )
}
