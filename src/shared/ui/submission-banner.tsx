import { Text, View } from '@tarojs/components'
import type { TSubmissionStatus } from '../../../types/api/common'
import { SUBMISSION_STATUS_LABELS } from '../../../types/api/showcase'
import { formatDateTime } from '../date'
import { describeDeadline } from '../deadline-text'
import './submission-banner.scss'

interface SubmissionBannerProps {
  /** null: nothing saved yet (未开始). */
  status: TSubmissionStatus | null
  deadline: { title: string; dueAt: string } | null
  submittedAt?: string | null
  returnReason?: string | null
}

/**
 * Where a form stands: its state word, the deadline with the days left, when it was submitted,
 * and the organiser's reason when it came back (退回) — the first thing a unit contact must read.
 */
export function SubmissionBanner({ status, deadline, submittedAt, returnReason }: SubmissionBannerProps) {
  const due = deadline ? describeDeadline(deadline.dueAt) : null
  const overdue = due?.passed === true && (status === null || status === 'draft')
  const word = overdue ? '已逾期' : status ? SUBMISSION_STATUS_LABELS[status] : '未开始'
  const tone = overdue || status === 'returned' ? 'alert' : status === 'submitted' || status === 'accepted' ? 'done' : 'open'
  return (
    <View className={`submission-banner submission-banner--${tone}`}>
      <View className='submission-banner__row'>
        <Text className={`submission-banner__status submission-status submission-status--${status ?? 'none'}`}>{word}</Text>
        {deadline ? <Text className='submission-banner__title'>{deadline.title}</Text> : null}
      </View>
      {due ? <Text className={`submission-banner__due${due.urgent || due.passed ? ' submission-banner__due--urgent' : ''}`}>{due.text}</Text> : null}
      {status === 'submitted' && submittedAt ? <Text className='submission-banner__note'>已于 {formatDateTime(submittedAt)} 提交</Text> : null}
      {status === 'returned' && returnReason ? (
        <View className='submission-banner__reason return-reason'>
          <Text className='submission-banner__reason-label'>组织方退回的原因</Text>
          <Text className='submission-banner__reason-text'>{returnReason}</Text>
          <Text className='submission-banner__note'>修改后请重新提交（截止后仍可重新提交）</Text>
        </View>
      ) : null}
    </View>
  )
}
