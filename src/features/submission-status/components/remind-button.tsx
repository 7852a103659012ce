import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { TRemindResponse } from '../../../../types/api/submission-status'
import { describeError } from '../../../shared/api-error'
import { confirmAction, showNotice } from '../../../shared/modal'
import { showSuccess } from '../../../shared/toast'
import { remindUnits } from '../api/status-api'
import './status.scss'

interface RemindButtonProps {
  campaignId: string
  deadlineId: string
  /** One unit; without it every unit (of the district, when given) that still owes the deadline. */
  unitId?: string
  districtId?: string
  label: string
  /** The question asked before sending. */
  confirm: { title: string; content: string }
  className?: string
  onDone: () => void
}

/** 提醒: queues a message to the units' contacts, never twice for one deadline and unit, and says what happened. */
export function RemindButton({ campaignId, deadlineId, unitId, districtId, label, confirm, className, onDone }: RemindButtonProps) {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (!(await confirmAction({ ...confirm, confirmText: '发送提醒' }))) return
    setBusy(true)
    try {
      const result = await remindUnits(campaignId, { deadlineId, unitId, districtId })
      const words = describeRemindResult(result)
      // Reminding many units at once: the whole count is worth reading, not a passing toast.
      if (!unitId || result.noContact.length > 0 || result.queued === 0) await showNotice('提醒结果', words)
      else showSuccess(words)
      onDone()
    } catch (e) {
      await showNotice('没有发出提醒', describeError(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button className={className} type='primary' fill='outline' size='small' loading={busy} disabled={busy} onClick={() => void run()}>
      {label}
    </Button>
  )
}

/** "已提醒 3 个单位（5 位联系人）；2 个单位此前已提醒，未重复发送；1 个单位还没有联系人：丁公司". */
export function describeRemindResult(r: TRemindResponse): string {
  const parts: string[] = []
  if (r.queued > 0) parts.push(`已提醒 ${r.queued} 个单位（${r.messages} 位联系人）`)
  if (r.alreadyReminded > 0) parts.push(`${r.alreadyReminded} 个单位此前已提醒，未重复发送`)
  if (r.noContact.length > 0) {
    const names = r.noContact.slice(0, 5).map((u) => u.name).join('、')
    parts.push(`${r.noContact.length} 个单位还没有联系人，无法提醒：${names}${r.noContact.length > 5 ? ' 等' : ''}`)
  }
  return parts.length > 0 ? parts.join('；') : '没有需要提醒的单位'
}
