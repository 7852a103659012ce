import { Button, Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { StateView } from '../../../shared/ui/state-view'
import type { ActivityListState } from '../hooks/use-activity-list'
import { ActivityCard } from './activity-card'
import './activity-list.scss'

interface ActivityListProps {
  list: ActivityListState
  /** True when any filter is on (changes the empty-state wording and offers to clear them). */
  filtered: boolean
  onClearFilters?: () => void
  onOpen: (id: string) => void
}

export function ActivityList({ list, filtered, onClearFilters, onOpen }: ActivityListProps) {
  if (list.status === 'loading' || list.status === 'idle') return <ActivityListSkeleton />
  if (list.status === 'error') {
    return <StateView kind='error' title='活动加载失败' description={list.error ?? undefined} actionText='重新加载' onAction={list.reload} />
  }
  if (list.items.length === 0) {
    return (
      <StateView
        kind='empty'
        title={filtered ? '没有符合条件的活动' : '暂时还没有活动'}
        description={filtered ? '换个日期、类别或关键词看看' : '各单位的活动安排发布后会出现在这里'}
        actionText={filtered && onClearFilters ? '清除筛选' : undefined}
        onAction={onClearFilters}
      />
    )
  }
  return (
    <View className='activity-list'>
      {list.items.map((activity) => (
        <ActivityCard key={activity.id} activity={activity} onOpen={onOpen} />
      ))}
      <ListFooter list={list} />
    </View>
  )
}

function ListFooter({ list }: { list: ActivityListState }) {
  if (list.loadingMore) return <Text className='activity-list__footer activity-list-loading'>加载中…</Text>
  if (list.loadMoreError) {
    return (
      <View className='activity-list__footer'>
        <Text className='activity-list__footer-error'>{list.loadMoreError}</Text>
        <Button className='load-more' size='small' fill='outline' type='primary' onClick={list.loadMore}>
          重试
        </Button>
      </View>
    )
  }
  if (list.hasMore) {
    return (
      <View className='activity-list__footer'>
        <Button className='load-more' size='small' fill='outline' onClick={list.loadMore}>
          加载更多
        </Button>
      </View>
    )
  }
  return <Text className='activity-list__footer activity-list-end'>— 已经到底了 —</Text>
}

function ActivityListSkeleton() {
  return (
    <View className='activity-list activity-list-skeleton'>
      {[0, 1, 2].map((index) => (
        <View key={index} className='activity-list__skeleton-card'>
          <Skeleton rows={1} size='large' width='70%' animated />
          <Skeleton rows={1} width='35%' animated />
          <Skeleton rows={2} animated />
        </View>
      ))}
    </View>
  )
}
