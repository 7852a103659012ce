import { Text, View } from '@tarojs/components'
import '../../privacy/components/privacy-entry.scss'
import { openPrivacy } from '../../privacy/navigation'
import { PRIVACY_NOTICE } from '../privacy-notice'
import './profile.scss'

export function PrivacyNoticeBox() {
  return (
    <View className='privacy-notice'>
      <Text className='privacy-notice__title'>
        {PRIVACY_NOTICE.title}（{PRIVACY_NOTICE.version} 版）
      </Text>
      {PRIVACY_NOTICE.items.map((item) => (
        <Text key={item.label} className='privacy-notice__item'>
          <Text className='privacy-notice__label'>{item.label}：</Text>
          {item.text}
        </Text>
      ))}
      <Text className='privacy-notice__more' onClick={openPrivacy}>
        阅读完整的个人信息保护说明 ›
      </Text>
    </View>
  )
}
