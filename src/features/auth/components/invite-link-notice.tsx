import { Text, View } from '@tarojs/components'
import './auth.scss'

/** Signed out, arrived by a join link: say what happens after logging in. */
export function InviteLinkNotice({ code }: { code: string }) {
  return (
    // Padding on a wrapper, not a margin: a top margin would collapse through the page (H5 white band).
    <View className='invite-link-notice-wrap'>
      <View className='invite-link-notice'>
        <Text className='invite-link-notice__title'>你收到了邀请码 {code}</Text>
        <Text className='invite-link-notice__text'>请先登录；登录后邀请码会自动填好，点「加入」即可。</Text>
      </View>
    </View>
  )
}
