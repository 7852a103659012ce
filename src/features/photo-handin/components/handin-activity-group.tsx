import { Text, View } from '@tarojs/components'
import type { TPhoto, TUnitPhotosResponse } from '../../../../types/api/photos'
import { formatTimeRange } from '../../../shared/date'
import { openActivityPhotos } from '../../photos/navigation'
import { HandinPhotoItem } from './handin-photo-item'
import './photo-handin.scss'

interface HandinActivityGroupProps {
  activity: TUnitPhotosResponse['activities'][number]
  selected: ReadonlySet<string>
  locked: boolean
  deletingId: string | null
  onToggle: (photo: TPhoto) => void
  onOpen: (photo: TPhoto) => void
  onDelete: (photo: TPhoto) => void
}

/** One activity's photos, with the way to its 活动照片 page to upload or retake. */
export function HandinActivityGroup({ activity, selected, locked, deletingId, onToggle, onOpen, onDelete }: HandinActivityGroupProps) {
  return (
    <View className='handin-group handin-activity' data-activity-id={activity.id}>
      <View className='handin-group__head'>
        <View className='handin-group__titles'>
          <Text className='handin-group__title'>
            {activity.title}
            {activity.cancelled ? '（已撤回）' : ''}
          </Text>
          <Text className='handin-group__time'>{formatTimeRange(activity.startsAt, activity.endsAt)}</Text>
        </View>
        {activity.cancelled ? null : (
          <Text className='handin-group__link handin-upload-link' onClick={() => openActivityPhotos(activity.id)}>
            {activity.photos.length > 0 ? '上传 / 重拍 ›' : '去上传 ›'}
          </Text>
        )}
      </View>
      {activity.photos.length === 0 ? <Text className='handin-group__empty'>还没有上传照片</Text> : null}
      {activity.photos.map((photo) => (
        <HandinPhotoItem
          key={photo.id}
          photo={photo}
          activity={activity}
          selected={selected.has(photo.id)}
          locked={locked}
          deleting={deletingId === photo.id}
          onToggle={() => onToggle(photo)}
          onOpen={() => onOpen(photo)}
          onDelete={() => onDelete(photo)}
        />
      ))}
    </View>
  )
}
