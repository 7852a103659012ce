import { Text, View } from '@tarojs/components'
import { describeSavedAt } from '../saved-at'
import './offline.scss'

/** On the activity page when the API did not answer and the phone's saved copy is shown. */
export function OfflineBanner({ savedAt }: { savedAt: string }) {
  return (
    <View className='offline-banner' aria-live='polite'>
      <Text className='offline-banner__title'>{`离线，显示的是 ${describeSavedAt(savedAt)} 保存的信息`}</Text>
      <Text className='offline-banner__hint'>签到码照常输入，先保存在手机上，网络恢复后自动提交；本页也会自动刷新。</Text>
    </View>
  )
}
