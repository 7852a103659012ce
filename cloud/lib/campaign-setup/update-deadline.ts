import type { TCampaignSetup, TDeadlineInput } from '../../../types/api/campaign-setup'
import { DEADLINE_KIND_LABELS } from '../../../types/domain'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { fromShanghaiLocal, shanghaiMinute } from '../time/shanghai'
import { checkDeadlineDay } from './deadline-rules'
import { loadSetup } from './load-setup'
import { findDeadlines, updateDeadline } from './repository'
import { requireOrganiser, storedPeriod } from './require-organiser'
import { quoteName } from '../../../types/quote-name'

/**
 * Changes a deadline's title, time or kind. Moving the time is always allowed (units see the new
 * time at once); the kind decides what units hand in, so it is fixed once any unit has saved or
 * submitted something against the deadline.
 */
export async function updateCampaignDeadline(session: TSessionClaims, campaignId: string, deadlineId: string, input: TDeadlineInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const [before] = await findDeadlines(tx, campaignId, deadlineId)
    if (!before) throw new AppError('not_found', { userMessage: '本活动月没有这个截止时间，可能已被删除，请刷新' })
    if (before.kind !== input.kind && before.touched > 0) {
      throw new AppError('conflict', {
        userMessage: `已有 ${before.touched} 个单位针对${quoteName(before.title, '“”')}保存或提交了材料，不能把类型从“${DEADLINE_KIND_LABELS[before.kind]}”改为“${DEADLINE_KIND_LABELS[input.kind]}”；可以改标题或时间`,
      })
    }
    checkDeadlineDay(input.dueAt.slice(0, 10), input.title, storedPeriod(campaign))
    await updateDeadline(tx, deadlineId, { kind: input.kind, title: input.title, dueAt: fromShanghaiLocal(input.dueAt) })
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'deadline.update',
      entity: 'campaign_deadline',
      entityId: deadlineId,
      before: { kind: before.kind, title: before.title, dueAt: shanghaiMinute(before.due_at) },
      after: { kind: input.kind, title: input.title, dueAt: input.dueAt },
    })
    return loadSetup(tx, campaign)
  })
}
