import { Button } from '@nutui/nutui-react-taro'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { REVIEW_REASON_MAX } from '../../../../types/api/photo-review'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import './photo-review.scss'

interface ReviewReasonSheetProps {
  open: boolean
  /** How many photos the reason is for. */
  count: number
  suggestions: string[]
  busy: boolean
  error: string | null
  onCancel: () => void
  onConfirm: (reason: string) => void
}

/**
 * 不通过 needs a reason the unit can act on: pick one of the checker's findings or the notice's
 * requirements, or type it. Enter confirms on a desk.
 */
export function ReviewReasonSheet({ open, count, suggestions, busy, error, onCancel, onConfirm }: ReviewReasonSheetProps) {
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  useEffect(() => {
    if (open) {
      setReason('')
      setMissing(false)
    }
  }, [open])
  const confirm = () => {
    if (reason.trim() === '') {
      setMissing(true)
      return
    }
    onConfirm(reason.trim())
  }
  return (
    <BottomSheet open={open} title={count > 1 ? `${count} 张照片不通过的原因` : '不通过的原因'} onClose={onCancel} className='review-reason'>
      <Text className='review-reason__hint'>单位会看到这条原因，请写明要怎样重拍。</Text>
      <View className='review-reason__chips'>
        {suggestions.map((text) => (
          <Text key={text} className={`review-reason__chip review-reason-chip${reason === text ? ' review-reason__chip--on' : ''}`} onClick={() => setReason(text)}>
            {text}
          </Text>
        ))}
      </View>
      <View className={`review-reason__field${missing ? ' review-reason__field--missing' : ''}`}>
        <Input
          className='review-reason__input review-reason-input'
          value={reason}
          maxlength={REVIEW_REASON_MAX}
          placeholder='或写下原因，例如：横幅被人挡住，看不清活动名称'
          focus={open}
          confirmType='done'
          onInput={(e) => {
            setReason(e.detail.value)
            setMissing(false)
          }}
          onConfirm={confirm}
        />
      </View>
      {missing ? <Text className='review-reason__error'>请选择或填写不通过的原因</Text> : null}
      {error ? <Text className='review-reason__error review-error'>{error}</Text> : null}
      <View className='review-reason__buttons'>
        <Button className='review-reason__cancel' fill='outline' disabled={busy} onClick={onCancel}>
          取消
        </Button>
        <Button className='review-reason__confirm review-reason-confirm' type='danger' loading={busy} disabled={busy} onClick={confirm}>
          确认不通过
        </Button>
      </View>
    </BottomSheet>
  )
}
