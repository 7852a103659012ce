import { Text, View } from '@tarojs/components'
import type { TPhotoRule } from '../../../../types/api/photos'
import { describeRule, isRetakeHint } from '../describe-photo'
import './photos.scss'

/** One rule's outcome: ✓ ✗ ? ! –, what was found, and how to retake where it matters. */
export function PhotoRuleRow({ rule }: { rule: TPhotoRule }) {
  const { label, mark } = describeRule(rule)
  return (
    <View className={`photo-rule photo-rule--${rule.status}`} data-rule={rule.rule}>
      <Text className='photo-rule__mark'>{mark}</Text>
      <View className='photo-rule__body'>
        <Text className='photo-rule__message'>
          <Text className='photo-rule__label'>{label}</Text>
          {rule.message}
        </Text>
        {rule.hint && isRetakeHint(rule) ? <Text className='photo-rule__hint photo-retake-hint'>重拍建议：{rule.hint}</Text> : null}
        {rule.hint && rule.status === 'warn' ? <Text className='photo-rule__tip'>建议：{rule.hint}</Text> : null}
      </View>
    </View>
  )
}
