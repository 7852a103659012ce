import type { TCreateUnitActivityRequest, TSaveUnitActivityResponse } from '../../../types/api/unit-activities'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { checkActivityRules, type TRuleIssue } from './check-activity-rules'
import { throwIfIssues, toManagedActivity } from './managed-activity'
import { findManagedActivity, findSeqNoHolder, findUnitContext, insertActivity, nextSeqNo } from './repository'
import { quoteName } from '../../../types/quote-name'

/**
 * A new activity of the caller's unit, saved as a draft or published at once (then volunteers see
 * it in the list straight away). 序号 continues the unit's numbering when none is given.
 */
export async function createUnitActivity(
  session: TSessionClaims,
  unitId: string,
  request: TCreateUnitActivityRequest,
  now: Date = new Date(),
): Promise<TSaveUnitActivityResponse> {
  return withUserTx(session, async (tx) => {
    const found = await findUnitContext(tx, unitId)
    if (!found) throw new AppError('unit_not_found')
    if (!found.canManage) {
      throw new AppError('forbidden', { userMessage: `你不是${quoteName(found.unit.unitName)}的联系人，不能为该单位添加活动` })
    }
    const input = request.activity
    const issues: TRuleIssue[] = checkActivityRules(input, found.unit, { now, startIsNew: true })
    if (input.seqNo !== null) {
      const holder = await findSeqNoHolder(tx, unitId, input.seqNo, null)
      if (holder) issues.push({ field: 'seqNo', message: `序号 ${input.seqNo} 已被本单位的${quoteName(holder)}使用，请换一个或留空自动编号` })
    }
    throwIfIssues(issues)

    const seqNo = input.seqNo ?? (await nextSeqNo(tx, unitId))
    const status = request.publish ? 'published' : 'draft'
    const id = await insertActivity(tx, { ...input, seqNo }, { campaignId: found.unit.campaignId, unitId, status, createdBy: session.sub })
    const row = await findManagedActivity(tx, id)
    if (!row) throw new Error('created activity not readable')
    const activity = toManagedActivity(row, now)
    await recordAudit(tx, {
      campaignId: found.unit.campaignId,
      actorId: session.sub,
      action: request.publish ? 'activity.create_published' : 'activity.create_draft',
      entity: 'activity',
      entityId: id,
      before: null,
      after: { status: activity.status, ...activity.values },
    })
    return { activity, notified: 0 }
  })
}
