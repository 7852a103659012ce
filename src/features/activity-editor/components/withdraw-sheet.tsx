import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { confirmAction } from '../../../shared/modal'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { describeWithdrawal } from '../describe-withdrawal'

interface WithdrawSheetProps {
  open: boolean
  confirmedCount: number
  waitlistCount: number
  busy: boolean
  onClose: () => void
  onConfirm: (reason: string) => void
}

const QUICK_REASONS = ['天气原因，活动取消', '场地临时无法使用', '活动与其他安排冲突，另行通知']

/** 撤回活动: a reason (told to everyone signed up) and a confirmation that says how many are affected. */
export function WithdrawSheet({ open, confirmedCount, waitlistCount, busy, onClose, onConfirm }: WithdrawSheetProps) {
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function changeReason(text: string) {
    setReason(text)
    setProblem(null)
  }

  async function confirm() {
    const text = reason.trim()
    if (text.length < 2) return setProblem('请填写撤回原因（至少 2 个字），报名的志愿者会收到它')
    setProblem(null)
    const ok = await confirmAction({
      title: '确定撤回这个活动？',
      content: describeWithdrawal(confirmedCount, waitlistCount),
      confirmText: '确定撤回',
      cancelText: '再想想',
    })
    if (ok) onConfirm(text)
  }

  return (
    <BottomSheet open={open} title='撤回活动' onClose={onClose} className='withdraw-sheet'>
      <Text className='withdraw-sheet__impact'>{describeWithdrawal(confirmedCount, waitlistCount)}</Text>
      <View className='choice-chips withdraw-sheet__quick'>
        {QUICK_REASONS.map((text) => (
          <View key={text} className='choice-chip' onClick={() => changeReason(text)}>
            <Text>{text}</Text>
          </View>
        ))}
      </View>
      <TextArea className='withdraw-sheet__reason withdraw-reason' value={reason} placeholder='撤回原因（会通知报名的志愿者）' maxLength={200} showCount onChange={changeReason} />
      {problem ? <Text className='editor-field__error'>{problem}</Text> : null}
      <Button className='withdraw-sheet__confirm withdraw-confirm' type='danger' block loading={busy} onClick={() => void confirm()}>
        撤回活动
      </Button>
    </BottomSheet>
  )
}
