import type { TCampaignSetup } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { shanghaiMinute } from '../time/shanghai'
import { loadSetup } from './load-setup'
import { deleteDeadline, findDeadlines } from './repository'
import { requireOrganiser } from './require-organiser'
import { quoteName } from '../../../types/quote-name'

/**
 * Deletes a deadline nobody has answered yet. Once a unit has saved or submitted anything against
 * it the deletion is refused, not confirmed: deleting would cascade away those units' returns
 * (weekly statistics, summaries, photo hand-ins) or leave their reports and 附件1 without a
 * deadline, and no confirmation can bring that work back. The organiser can still move it or
 * rename it.
 */
export async function deleteCampaignDeadline(session: TSessionClaims, campaignId: string, deadlineId: string): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const [deadline] = await findDeadlines(tx, campaignId, deadlineId)
    if (!deadline) throw new AppError('not_found', { userMessage: '本活动月没有这个截止时间，可能已被删除，请刷新' })
    if (deadline.touched > 0) {
      const drafts = deadline.touched - deadline.submitted
      const parts = [deadline.submitted > 0 ? `${deadline.submitted} 个单位已提交` : null, drafts > 0 ? `${drafts} 个单位已保存草稿` : null].filter(Boolean)
      throw new AppError('conflict', {
        userMessage: `${quoteName(deadline.title, '“”')}不能删除：${parts.join('，')}，删除会丢失这些单位的材料。可以修改它的时间或标题。`,
      })
    }
    await deleteDeadline(tx, deadlineId)
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'deadline.delete',
      entity: 'campaign_deadline',
      entityId: deadlineId,
      before: { kind: deadline.kind, title: deadline.title, dueAt: shanghaiMinute(deadline.due_at) },
    })
    return loadSetup(tx, campaign)
  })
}
