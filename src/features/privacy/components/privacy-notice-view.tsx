import { Text, View } from '@tarojs/components'
import { PRIVACY_NOTICE } from '../../profile/privacy-notice'
import './privacy.scss'

/** The whole 个人信息保护说明, with its version (the one a consent records). */
export function PrivacyNoticeView() {
  return (
    <View className='privacy-card privacy-notice-full'>
      <Text className='privacy-card__title'>{PRIVACY_NOTICE.title}</Text>
      <Text className='privacy-card__meta'>版本 {PRIVACY_NOTICE.version}</Text>
      {PRIVACY_NOTICE.sections.map((section) => (
        <View key={section.heading} className='privacy-notice-full__section'>
          <Text className='privacy-notice-full__heading'>{section.heading}</Text>
          {section.lines.map((line) => (
            <Text key={line} className='privacy-notice-full__line'>
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
