import { Input } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { TReportPicture } from '../../../../types/api/reports'
import { ProgressBar } from '../../../shared/ui/progress-bar'
import { describePendingStage, type PendingPicture } from '../../../shared/use-picture-uploads'

interface ReportPicturesProps {
  pictures: TReportPicture[]
  pending: PendingPicture[]
  editable: boolean
  working: boolean
  onAdd: () => void
  onCaption: (pictureId: string, caption: string) => void
  onRemove: (pictureId: string) => void
  onDismiss: (key: string) => void
}

/** A caption saved when the field loses focus (and only when it changed). */
function CaptionInput({ picture, editable, onCaption }: { picture: TReportPicture; editable: boolean; onCaption: (caption: string) => void }) {
  const [text, setText] = useState(picture.caption)
  useEffect(() => setText(picture.caption), [picture.caption])
  return (
    <Input
      className='report-picture__caption report-picture-caption'
      value={text}
      placeholder={editable ? '图片说明（选填）' : ''}
      maxLength={100}
      disabled={!editable}
      onChange={setText}
      onBlur={() => text.trim() !== picture.caption && onCaption(text.trim())}
    />
  )
}

export function ReportPictures({ pictures, pending, editable, working, onAdd, onCaption, onRemove, onDismiss }: ReportPicturesProps) {
  return (
    <View className='report-pictures'>
      {pictures.map((picture) => (
        <View key={picture.id} className='report-picture'>
          <Image className='report-picture__image' src={picture.url} mode='aspectFill' />
          <View className='report-picture__side'>
            <CaptionInput picture={picture} editable={editable} onCaption={(caption) => onCaption(picture.id, caption)} />
            {editable ? (
              <Text className='report-picture__remove report-picture-remove' onClick={() => !working && onRemove(picture.id)}>
                删除
              </Text>
            ) : null}
          </View>
        </View>
      ))}
      {pending.map((item) => (
        <View key={item.key} className='report-picture report-picture--pending'>
          <Image className='report-picture__image report-picture__image--pending' src={item.image.previewUrl} mode='aspectFill' />
          <View className='report-picture__side'>
            <Text className='report-picture__stage'>{describePendingStage(item)}</Text>
            {item.stage === 'uploading' || item.stage === 'saving' ? <ProgressBar ratio={item.stage === 'saving' ? 1 : item.progress} /> : null}
            {item.stage === 'failed' ? (
              <>
                <Text className='report-picture__error'>{item.message}</Text>
                <Text className='report-picture__remove' onClick={() => onDismiss(item.key)}>
                  移除
                </Text>
              </>
            ) : null}
          </View>
        </View>
      ))}
      {editable ? (
        <View className='report-pictures__add report-picture-add' onClick={() => !working && onAdd()}>
          <Text className='report-pictures__plus'>+</Text>
          <Text className='report-pictures__add-text'>添加图片</Text>
        </View>
      ) : null}
    </View>
  )
}
