import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TArrangementState } from '../../../../types/api/arrangement'
import { formatDateTime } from '../../../shared/date'
import { describeDeadline } from '../format-deadline'
import { StatusTag } from './status-tag'

const STATUS: Record<string, { label: string; tone: 'neutral' | 'good' | 'bad' }> = {
  none: { label: '未提交', tone: 'neutral' },
  draft: { label: '草稿', tone: 'neutral' },
  submitted: { label: '已提交', tone: 'good' },
  returned: { label: '已退回', tone: 'bad' },
  accepted: { label: '已接收', tone: 'good' },
}

interface Props {
  state: TArrangementState
  busy: boolean
  onSubmit: () => void
  onWithdraw: () => void
}

/** 附件2's deadline and where the unit's submission stands, with 提交 / 撤回. */
export function SubmissionCard({ state, busy, onSubmit, onWithdraw }: Props) {
  const status = STATUS[state.submission?.status ?? 'none'] ?? STATUS.none!
  const deadline = state.deadline ? describeDeadline(state.deadline.dueAt) : null
  return (
    <View className='arrangement-card arrangement-submission'>
      <View className='arrangement-submission__top'>
        <View className='arrangement-submission__titles'>
          <Text className='arrangement-card__title'>活动安排表（附件2）</Text>
          <Text className={`arrangement-submission__deadline${deadline?.overdue ? ' arrangement-submission__deadline--overdue' : ''}`}>
            {deadline ? deadline.text : '本活动月没有设置报送截止时间'}
          </Text>
        </View>
        <StatusTag className='arrangement-submission__status' label={status.label} tone={status.tone} />
      </View>
      {state.submission?.status === 'returned' && state.submission.returnReason ? (
        <Text className='arrangement-submission__reason'>退回原因：{state.submission.returnReason}</Text>
      ) : null}
      {state.submission?.submittedAt && state.submission.status === 'submitted' ? (
        <Text className='arrangement-submission__note'>
          已于 {formatDateTime(state.submission.submittedAt)} 提交，共 {state.rows.length} 个活动
        </Text>
      ) : null}
      <View className='arrangement-submission__actions'>
        {state.canWithdraw ? (
          <Button className='arrangement-withdraw-button' fill='outline' size='small' disabled={busy} onClick={onWithdraw}>
            撤回
          </Button>
        ) : null}
        {state.submission?.status !== 'submitted' && state.submission?.status !== 'accepted' ? (
          <Button className='arrangement-submit-button' type='primary' size='small' disabled={busy || !state.canSubmit} onClick={onSubmit}>
            {state.submission?.status === 'returned' ? '重新提交安排表' : '提交安排表'}
          </Button>
        ) : null}
      </View>
      {!state.canSubmit && state.submitBlockedReason && state.submission?.status !== 'submitted' ? (
        <Text className='arrangement-submission__blocked'>{state.submitBlockedReason}</Text>
      ) : null}
    </View>
  )
}
