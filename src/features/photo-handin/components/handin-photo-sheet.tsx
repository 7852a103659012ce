import { Text, View } from '@tarojs/components'
import type { TPhoto } from '../../../../types/api/photos'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { PhotoEvidence } from '../../photos/components/photo-evidence'
import { PhotoRuleRow } from '../../photos/components/photo-rule-row'
import { describeVerdict } from '../../photos/describe-photo'
import './photo-handin.scss'

/** A photo's check in full: the boxes drawn on it, the figures in words, every rule. */
export function HandinPhotoSheet({ photo, onClose }: { photo: TPhoto | null; onClose: () => void }) {
  if (!photo) return null
  return (
    <BottomSheet open title={`识别结果 · ${describeVerdict(photo.status).text}`} onClose={onClose} className='handin-sheet'>
      <View className='handin-sheet__body'>
        {photo.evidence ? <PhotoEvidence photo={photo} /> : <Text className='handin-sheet__none'>这张照片还没有识别结果。</Text>}
        <View className='handin-sheet__rules'>
          {photo.rules.map((rule) => (
            <PhotoRuleRow key={rule.rule} rule={rule} />
          ))}
        </View>
      </View>
    </BottomSheet>
  )
}
