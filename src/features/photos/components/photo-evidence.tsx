import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { TEvidenceBox, TPhoto } from '../../../../types/api/photos'
import { CheckBox } from '../../../shared/ui/check-box'
import { describeEvidence } from '../describe-evidence'
import './photo-evidence.scss'

/** Percent strings for an absolutely placed box (shares of the picture). */
function place(box: TEvidenceBox): Record<string, string> {
  const percent = (share: number) => `${(share * 100).toFixed(2)}%`
  return { left: percent(box.x), top: percent(box.y), width: percent(box.w), height: percent(box.h) }
}

/**
 * The photo at full width with what the checker saw drawn over it: a red box per face counted and
 * a blue box with the text per banner line read; a tick box hides them to see the picture itself.
 * The frame takes the photo's own shape (its natural size is known), so boxes given as shares
 * land on the same spot in weapp and H5 alike.
 */
export function PhotoEvidence({ photo }: { photo: TPhoto }) {
  const [shown, setShown] = useState(true)
  const evidence = photo.evidence
  if (!evidence || !photo.width || !photo.height) return null
  const faces = evidence.people?.boxes ?? []
  const lines = evidence.banner?.lines ?? []
  return (
    <View className='photo-evidence'>
      <View className='photo-evidence__frame' style={{ paddingTop: `${((photo.height / photo.width) * 100).toFixed(3)}%` }}>
        <Image className='photo-evidence__image' src={photo.url} mode='scaleToFill' onClick={() => void Taro.previewImage({ urls: [photo.url] })} />
        {shown
          ? faces.map((box, index) => <View key={`f${index}`} className='photo-evidence__face evidence-face' style={place(box)} />)
          : null}
        {shown
          ? lines.map((line, index) => (
              <View key={`b${index}`} className='photo-evidence__banner evidence-banner' style={place(line)}>
                <Text className='photo-evidence__banner-text'>{line.text}</Text>
              </View>
            ))
          : null}
      </View>
      <CheckBox className='photo-evidence__toggle evidence-toggle' checked={shown} onChange={setShown}>
        <Text className='photo-evidence__toggle-text'>在照片上标出识别结果</Text>
      </CheckBox>
      {describeEvidence(evidence).map((words) => (
        <Text key={words} className='photo-evidence__words evidence-words'>
          {words}
        </Text>
      ))}
    </View>
  )
}
