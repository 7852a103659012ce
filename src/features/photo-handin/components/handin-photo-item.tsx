import { Image, Text, View } from '@tarojs/components'
import type { TPhoto, TUnitPhotosResponse } from '../../../../types/api/photos'
import { formatDay, formatTime } from '../../../shared/date'
import { describeFindings, describeVerdict } from '../../photos/describe-photo'
import { describeChoice, isSelectable } from '../describe-handin'
import '../../photos/components/photos.scss'
import './photo-handin.scss'

interface HandinPhotoItemProps {
  photo: TPhoto
  activity: TUnitPhotosResponse['activities'][number]
  selected: boolean
  /** The return is submitted: nothing can be chosen or deleted until it is withdrawn. */
  locked: boolean
  deleting: boolean
  onToggle: () => void
  onOpen: () => void
  onDelete: () => void
}

/** One photo in the hand-in list: its tick box (or why it has none), thumbnail, verdict and what choosing it means. */
export function HandinPhotoItem({ photo, activity, selected, locked, deleting, onToggle, onOpen, onDelete }: HandinPhotoItemProps) {
  const selectable = isSelectable(photo, activity)
  const verdict = describeVerdict(photo.status)
  const choice = describeChoice(photo, activity)
  const canTick = selectable && !locked
  const keep = locked && photo.handedInAt !== null
  return (
    <View className={`handin-photo${selected ? ' handin-photo--selected' : ''}`} data-status={photo.status} data-photo-id={photo.id}>
      <View className={`handin-photo__tick handin-tick${canTick ? '' : ' handin-photo__tick--disabled'}`} onClick={canTick ? onToggle : undefined}>
        <Text className='handin-photo__tick-mark'>{selected && selectable ? '✓' : selectable ? '' : '×'}</Text>
      </View>
      <Image className='handin-photo__thumb' src={photo.url} mode='aspectFill' lazyLoad onClick={onOpen} />
      <View className='handin-photo__body'>
        <View className='handin-photo__head'>
          <Text className={`handin-photo__badge photo-verdict photo-verdict--${verdict.tone}`}>{verdict.text}</Text>
          {photo.handedInAt ? <Text className='handin-photo__in'>已提交</Text> : null}
        </View>
        <Text className='handin-photo__time'>
          {formatDay(photo.createdAt)} {formatTime(photo.createdAt)} 上传
        </Text>
        {describeFindings(photo).map((finding) => (
          <Text key={finding} className='handin-photo__finding'>
            {finding}
          </Text>
        ))}
        <Text className={`handin-photo__choice handin-photo__choice--${choice.tone} handin-choice`}>{choice.text}</Text>
        <View className='handin-photo__actions'>
          <Text className='handin-photo__action handin-open' onClick={onOpen}>
            识别结果
          </Text>
          {keep ? null : (
            <Text className='handin-photo__action handin-photo__action--danger handin-delete' onClick={deleting ? undefined : onDelete}>
              {deleting ? '正在删除…' : '删除'}
            </Text>
          )}
        </View>
      </View>
    </View>
  )
}
