import { Button, Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useActivity } from '../../features/activities/hooks/use-activity'
import { PendingPhotoCard, PhotoCard } from '../../features/photos/components/photo-card'
import { PhotoRulesCard } from '../../features/photos/components/photo-rules-card'
import { useActivityPhotos } from '../../features/photos/hooks/use-activity-photos'
import { useDeletePhoto } from '../../features/photos/hooks/use-delete-photo'
import { openPhotoHandin } from '../../features/photo-handin/navigation'
import { formatDay, formatTime, formatTimeRange, isPast } from '../../shared/date'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

export default function ActivityPhotosPage() {
  const { params } = useRouter<{ id?: string }>()
  const activity = useActivity(params.id)
  const allowed = activity.data?.canManage === true
  const photos = useActivityPhotos(allowed ? params.id : undefined)
  const deletion = useDeletePhoto(photos.drop)
  usePullDownRefresh(() => {
    void photos.reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!params.id) {
    return (
      <View className='photos-page'>
        <StateView kind='error' title='缺少活动编号' description='请从活动详情页进入' />
      </View>
    )
  }
  if (activity.error) {
    return (
      <View className='photos-page'>
        <StateView kind='error' title='活动加载失败' description={activity.error} actionText='重新加载' onAction={activity.reload} />
      </View>
    )
  }
  if (!activity.data) {
    return (
      <View className='photos-page'>
        <View className='photos-page__skeleton'>
          <Skeleton rows={5} animated />
        </View>
      </View>
    )
  }
  if (!allowed) {
    return (
      <View className='photos-page'>
        <StateView kind='error' title='没有权限' description='只有活动所属单位的联系人和组织方可以上传活动照片' />
      </View>
    )
  }

  const data = activity.data
  const count = photos.photos.length + photos.pending.length
  // Photos are taken at the activity: before it starts the server refuses them, so say so here first.
  const notStarted = !isPast(data.startsAt)
  return (
    <>
      <A11yPageMeta />
      <View className='photos-page'>
        <View className='photos-page__header'>
          <Text className='photos-page__title photos-activity-title'>{data.title}</Text>
          <Text className='photos-page__time'>{formatTimeRange(data.startsAt, data.endsAt)}</Text>
        </View>
        <PhotoRulesCard theme={data.campaignTheme} />
        <View className='photos-page__upload'>
          <Button className='photo-upload-button' type='primary' block size='large' disabled={notStarted} onClick={() => void photos.choose()}>
            上传照片
          </Button>
          <Text className={`photos-page__upload-hint${notStarted ? ' photos-page__upload-hint--blocked photo-too-early' : ''}`}>
            {notStarted ? `活动还没有开始（${formatDay(data.startsAt)} ${formatTime(data.startsAt)} 开始），开始后再上传现场照片` : '可一次选择多张，每张显示上传进度，逐张检查'}
          </Text>
        </View>
        {photos.unitId ? (
          <View className='photos-page__handin photo-handin-entry' onClick={() => photos.unitId && openPhotoHandin(photos.unitId)}>
            <View className='photos-page__handin-body'>
              <Text className='photos-page__handin-title'>提交本单位照片</Text>
              <Text className='photos-page__handin-text'>从本单位各活动的合格照片中选出要报送的照片，截止前提交</Text>
            </View>
            <Text className='photos-page__handin-arrow'>›</Text>
          </View>
        ) : null}

        <View className='photos-page__section'>
          <Text className='photos-page__section-title'>已上传的照片</Text>
          {count > 0 ? <Text className='photos-page__count'>{count} 张</Text> : null}
        </View>
        {photos.error && count === 0 ? (
          <StateView kind='error' title='照片加载失败' description={photos.error} actionText='重新加载' onAction={photos.reload} />
        ) : null}
        {!photos.error && !photos.loaded && count === 0 ? (
          <View className='photos-page__skeleton'>
            <Skeleton rows={3} animated />
          </View>
        ) : null}
        {photos.loaded && count === 0 ? <StateView kind='empty' title='还没有上传照片' description='活动合影拍好后，在这里上传，马上就能知道是否符合要求' /> : null}
        <View className='photo-list'>
          {photos.pending.map((item) => (
            <PendingPhotoCard key={item.key} item={item} onDismiss={() => photos.dismiss(item.key)} />
          ))}
          {photos.photos.map((photo) => (
            <PhotoCard
              key={photo.id}
              photo={photo}
              slow={photos.slow.has(photo.id)}
              onRetake={() => void photos.choose()}
              onDelete={() => void deletion.remove(photo)}
              deleting={deletion.deleting === photo.id}
            />
          ))}
        </View>
      </View>
    </>
  )
}
