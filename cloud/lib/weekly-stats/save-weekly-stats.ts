import type { TSaveWeeklyStatsRequest, TWeeklyStatsResponse } from '../../../types/api/weekly-stats'
import { normalisePhone } from '../../../types/phone'
import { checkStatsRow } from '../../../types/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { editRefusal, refuseIf, type TSubmissionMessages } from '../submissions/decide-submission'
import { getWeeklyStats } from './get-weekly-stats'
import { resolveReturn, type TResolvedReturn } from './load-stats-return'
import { ensureReturnHeader, findLiveRows, saveStatsRows, updateReturnText, type TReturnHeader } from './repository'
import { quoteName } from '../../../types/quote-name'

const EDIT_MESSAGES = { submitted: '统计表已提交，如需修改请先撤回', accepted: '统计表已被组织方接收，不能再修改' }

/** The statistics' words for the submission rules (decideSubmission). */
export function statsMessages(deadline: { title: string }): TSubmissionMessages {
  return {
    ...EDIT_MESSAGES,
    late: `已过报送截止时间（${deadline.title}），不能再提交；如需补报请联系组织方`,
    notSubmitted: '统计表还没有提交，无需撤回',
    withdrawLate: '已过报送截止时间，不能撤回；如需更正请联系组织方退回',
    withdrawAccepted: '统计表已被组织方接收，不能撤回',
  }
}

/** Only a draft or a returned return can be changed; a submitted one is withdrawn first. */
export function assertEditable(header: TReturnHeader): void {
  refuseIf(editRefusal(header.status, EDIT_MESSAGES))
}

/** The header row of the return, made on first use and locked; refused when it cannot change. */
export async function openEditableReturn(tx: TTx, resolved: TResolvedReturn): Promise<TReturnHeader> {
  const header = await ensureReturnHeader(tx, {
    campaignId: resolved.unit.campaign_id,
    unitId: resolved.unit.id,
    deadlineId: resolved.deadline.id,
    kind: resolved.deadline.kind,
  })
  assertEditable(header)
  return header
}

/**
 * Saves the draft: whichever of 新闻稿, 联系人, 联系电话 and activity rows were sent. Every row is
 * checked first (messages name the activity and the field); one problem and nothing is saved.
 */
export async function saveWeeklyStats(session: TSessionClaims, unitId: string, request: TSaveWeeklyStatsRequest): Promise<TWeeklyStatsResponse> {
  await withUserTx(session, async (tx) => {
    const resolved = await resolveReturn(tx, unitId, request.deadlineId)
    const header = await openEditableReturn(tx, resolved)
    let contactPhone = request.contactPhone
    if (contactPhone) {
      const normalised = normalisePhone(contactPhone)
      if (!normalised) throw new AppError('validation_failed', { userMessage: '联系电话格式不正确：请填写手机号或带区号的座机号' })
      contactPhone = normalised
    }
    // Blank link boxes and blank 其他 descriptions are what people leave behind, not mistakes.
    const rows = (request.rows ?? []).map((row) => ({
      ...row,
      served: row.served.map((entry) => ({ ...entry, description: entry.description?.trim() || null })),
      media: { ...row.media, links: row.media.links.filter((link) => link !== '') },
    }))
    if (rows.length > 0) {
      const { period, deadline } = resolved
      const live = await findLiveRows(tx, unitId, deadline.id, period.from, period.to)
      const titles = new Map(live.map((row) => [row.activity_id, row.title]))
      const issues: Array<{ path: string; message: string }> = []
      const seen = new Set<string>()
      rows.forEach((row, index) => {
        const title = titles.get(row.activityId)
        if (!title) issues.push({ path: `rows.${index}`, message: `第 ${index + 1} 行的活动不在本期（${period.label}）统计表中，请刷新后重试` })
        else if (seen.has(row.activityId)) issues.push({ path: `rows.${index}`, message: `${quoteName(title)}重复提交了两次` })
        else checkStatsRow(row, title).forEach((message) => issues.push({ path: `rows.${index}`, message }))
        seen.add(row.activityId)
      })
      const first = issues[0]
      if (first) throw new AppError('validation_failed', { userMessage: first.message, issues })
      await saveStatsRows(
        tx,
        { campaignId: resolved.unit.campaign_id, unitId, deadlineId: deadline.id, weekEnding: period.weekEnding },
        rows,
      )
    }
    await updateReturnText(tx, { id: header.id, unitId }, { body: request.body, contactName: request.contactName, contactPhone })
  })
  return getWeeklyStats(session, { unitId, deadlineId: request.deadlineId })
}
