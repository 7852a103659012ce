import { Text, View } from '@tarojs/components'
import { formatTimeRange } from '../../../shared/date'
import { a11yButton } from '../../accessibility/a11y-props'
import { openActivity } from '../../activities/navigation'
import { listCachedActivities } from '../activity-cache'
import { describeSavedAt } from '../saved-at'
import './offline.scss'

/**
 * 我的 and 我的活动 when the API does not answer: the confirmed activities of the next days saved on
 * this phone for the signed-in person, each opening its page (shown from the saved copy, with the
 * code entry). Nothing when nothing is saved.
 */
export function OfflineActivities() {
  const entries = listCachedActivities()
  if (entries.length === 0) return null
  return (
    <View className='offline-activities'>
      <Text className='offline-activities__title'>已保存在手机上的活动</Text>
      <Text className='offline-activities__hint'>没有网络也能打开，在现场输入签到码。</Text>
      {entries.map(({ detail, savedAt }) => (
        <View
          key={detail.id}
          className='offline-activity'
          hoverClass='offline-activity--pressed'
          {...a11yButton(`打开活动：${detail.title}`)}
          onClick={() => openActivity(detail.id)}
        >
          <Text className='offline-activity__title'>{detail.title}</Text>
          <Text className='offline-activity__meta'>{formatTimeRange(detail.startsAt, detail.endsAt)}</Text>
          {detail.address ? <Text className='offline-activity__meta'>{detail.address}</Text> : null}
          <Text className='offline-activity__meta'>{`${describeSavedAt(savedAt)} 保存`}</Text>
        </View>
      ))}
    </View>
  )
}
