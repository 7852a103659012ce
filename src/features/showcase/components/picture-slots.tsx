import { Image, Text, View } from '@tarojs/components'
import { SHOWCASE_PICTURE_COUNT, type TShowcasePicture } from '../../../../types/api/showcase'
import { ProgressBar } from '../../../shared/ui/progress-bar'
import { formatMegabytes } from '../../../shared/upload-picture'
import { describePendingStage, type PendingPicture } from '../../../shared/use-picture-uploads'

interface PictureSlotsProps {
  pictures: TShowcasePicture[]
  pending: PendingPicture[]
  editable: boolean
  working: boolean
  onAdd: () => void
  onRemove: (pictureId: string) => void
  onMoveEarlier: (pictureId: string) => void
  onDismiss: (key: string) => void
}

/** Five numbered slots: the package's 1.jpg … 5.jpg, uploads in progress, and the empty ones. */
export function PictureSlots({ pictures, pending, editable, working, onAdd, onRemove, onMoveEarlier, onDismiss }: PictureSlotsProps) {
  const empty = Math.max(0, SHOWCASE_PICTURE_COUNT - pictures.length - pending.length)
  return (
    <View className='picture-slots'>
      {pictures.map((picture) => (
        <View key={picture.id} className='picture-slots__slot picture-slot picture-slot--filled'>
          <Image className='picture-slots__image' src={picture.url} mode='aspectFill' />
          <Text className='picture-slots__number'>{picture.position}</Text>
          <Text className='picture-slots__size'>{formatMegabytes(picture.byteSize)}</Text>
          {editable ? (
            <View className='picture-slots__actions'>
              {picture.position > 1 ? (
                <Text className='picture-slots__action picture-move' onClick={() => !working && onMoveEarlier(picture.id)}>
                  前移
                </Text>
              ) : null}
              <Text className='picture-slots__action picture-remove' onClick={() => !working && onRemove(picture.id)}>
                删除
              </Text>
            </View>
          ) : null}
        </View>
      ))}
      {pending.map((item) => (
        <View key={item.key} className={`picture-slots__slot picture-slot picture-slot--${item.stage}`}>
          <Image className='picture-slots__image picture-slots__image--pending' src={item.image.previewUrl} mode='aspectFill' />
          <View className='picture-slots__overlay'>
            <Text className='picture-slots__stage'>{describePendingStage(item)}</Text>
            {item.stage === 'uploading' || item.stage === 'saving' ? <ProgressBar ratio={item.stage === 'saving' ? 1 : item.progress} /> : null}
            {item.stage === 'failed' ? (
              <>
                <Text className='picture-slots__error'>{item.message}</Text>
                <Text className='picture-slots__action' onClick={() => onDismiss(item.key)}>
                  移除
                </Text>
              </>
            ) : null}
          </View>
        </View>
      ))}
      {Array.from({ length: empty }, (_, i) => (
        <View
          key={`empty-${i}`}
          className={`picture-slots__slot picture-slots__slot--empty picture-slot--empty${editable ? '' : ' picture-slots__slot--disabled'}`}
          onClick={() => editable && !working && onAdd()}
        >
          <Text className='picture-slots__plus'>+</Text>
          <Text className='picture-slots__hint'>第 {pictures.length + pending.length + i + 1} 张</Text>
        </View>
      ))}
    </View>
  )
}
