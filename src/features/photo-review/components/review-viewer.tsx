import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TPhotoReviewItem } from '../../../../types/api/photo-review'
import { formatTimeRange } from '../../../shared/date'
import { PhotoEvidence } from '../../photos/components/photo-evidence'
import { PhotoRuleRow } from '../../photos/components/photo-rule-row'
import { describeCheckerVerdict, describeDecision, describePlace, flaggedRules, monthDayTime } from '../describe-review'
import './photo-review.scss'

interface ReviewViewerProps {
  item: TPhotoReviewItem
  /** Desk: the decision buttons, with what each changes, right under the heading (a phone has its bottom bar instead). */
  actions?: ReactNode
  /** Desk: the picture may not be taller than this share of the window, so the buttons stay in view. */
  maxPhotoHeightVh?: number
}

/**
 * One photo as the reviewer judges it: whose it is, what the checker said and why, the boxes the
 * detectors drew with their figures (the unit pages' own PhotoEvidence), what each decision
 * would change — above all when the unit has already handed the photo in — and every rule.
 */
export function ReviewViewer({ item, actions, maxPhotoHeightVh }: ReviewViewerProps) {
  const effects = actions ? null : (
    <View className='review-viewer__effects'>
      <Text className='review-viewer__effect review-effect-pass'>
        <Text className='review-viewer__effect-label review-viewer__effect-label--pass'>通过：</Text>
        {item.ifPassed}
      </Text>
      <Text className='review-viewer__effect review-effect-fail'>
        <Text className='review-viewer__effect-label review-viewer__effect-label--fail'>不通过：</Text>
        {item.ifFailed}
      </Text>
    </View>
  )
  const photo = item.photo
  const checker = describeCheckerVerdict(item)
  const decision = describeDecision(item)
  const flagged = flaggedRules(photo.rules)
  const ratio = photo.width && photo.height ? photo.width / photo.height : 4 / 3
  const frameStyle = maxPhotoHeightVh ? { maxWidth: `calc(${maxPhotoHeightVh}vh * ${ratio.toFixed(4)})` } : undefined
  return (
    <View className='review-viewer' data-photo-id={photo.id}>
      <View className='review-viewer__head'>
        <Text className='review-viewer__place'>{describePlace(item)}</Text>
        {item.activity ? (
          <Text className='review-viewer__activity'>
            {item.activity.title} · {formatTimeRange(item.activity.startsAt, item.activity.endsAt)}
          </Text>
        ) : null}
        <View className='review-viewer__tags'>
          <Text className={`review-tag review-tag--${checker.tone}`}>{checker.text}</Text>
          {item.handedIn ? <Text className='review-tag review-tag--handed-in review-handed-in'>单位已提交</Text> : null}
          <Text className='review-viewer__time'>{monthDayTime(photo.createdAt)} 上传</Text>
        </View>
        {decision ? <Text className={`review-viewer__decision review-viewer__decision--${item.review?.verdict} review-decision`}>{decision}</Text> : null}
      </View>

      {actions}

      <View className='review-viewer__photo' style={frameStyle}>
        {photo.evidence ? <PhotoEvidence photo={photo} /> : <Text className='review-viewer__none'>这张照片没有识别结果（检查没能完成）。</Text>}
      </View>

      {flagged.length > 0 ? (
        <View className='review-viewer__flagged'>
          <Text className='review-viewer__flagged-title'>需要你判断</Text>
          {flagged.map((rule) => (
            <PhotoRuleRow key={rule.rule} rule={rule} />
          ))}
        </View>
      ) : null}

      {effects}

      <View className='review-viewer__rules'>
        <Text className='review-viewer__rules-title'>全部检查项</Text>
        {photo.rules.map((rule) => (
          <PhotoRuleRow key={rule.rule} rule={rule} />
        ))}
      </View>
    </View>
  )
}
