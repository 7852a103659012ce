import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ActivityDetail } from '../../features/activities/components/activity-detail'
import { useActivity } from '../../features/activities/hooks/use-activity'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

export default function ActivityPage() {
  const { params } = useRouter<{ id?: string }>()
  const activity = useActivity(params.id)

  let content
  if (!params.id) content = <StateView kind='error' title='缺少活动编号' description='请从活动列表进入' />
  else if (activity.error) {
    content = <StateView kind='error' title='活动加载失败' description={activity.error} actionText='重新加载' onAction={activity.reload} />
  } else if (!activity.data) {
    content = (
      <View className='activity-page__skeleton'>
        <Skeleton rows={1} size='large' animated />
        <Skeleton rows={4} animated />
      </View>
    )
  } else content = <ActivityDetail activity={activity.data} />

  return <View className='activity-page'>{content}</View>
}
