import { Text, View } from '@tarojs/components'
import { openPrivacy } from '../navigation'
import './privacy-entry.scss'

/** The entry on 我的 (signed in: the whole page; on the login step: the notice to read first). */
export function PrivacyEntry({ signedIn }: { signedIn: boolean }) {
  return (
    <View className='privacy-entry' hoverClass='privacy-entry--pressed' onClick={openPrivacy}>
      <Text className='privacy-entry__title'>{signedIn ? '个人信息与隐私' : '个人信息保护说明'}</Text>
      <Text className='privacy-entry__hint'>{signedIn ? '查看说明、撤回同意、导出数据、注销账号' : '登录前可先阅读我们如何处理你的信息'}</Text>
      <Text className='privacy-entry__arrow'>›</Text>
    </View>
  )
}
