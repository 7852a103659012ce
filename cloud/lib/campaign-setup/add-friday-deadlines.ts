import type { TFridayDeadlinesInput, TFridayDeadlinesResponse } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { fromShanghaiLocal } from '../time/shanghai'
import { fridaysOfMonth } from './calendar'
import { checkDeadlineDay, fridayTitle } from './deadline-rules'
import { loadSetup } from './load-setup'
import { findWeeklyDays, insertDeadline } from './repository'
import { requireOrganiser, storedPeriod } from './require-organiser'

/**
 * 每周五报送: one weekly_stats deadline on every Friday of a month (Asia/Shanghai calendar), at
 * `time`, titled "3月1日（周五）活动开展情况统计表". Fridays that already have a weekly deadline are
 * skipped, so generating a month twice adds nothing.
 */
export async function addFridayDeadlines(session: TSessionClaims, campaignId: string, input: TFridayDeadlinesInput): Promise<TFridayDeadlinesResponse> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const fridays = fridaysOfMonth(input.month)
    const period = storedPeriod(campaign)
    for (const day of fridays) checkDeadlineDay(day, fridayTitle(day, input.titleSuffix), period)
    const existing = await findWeeklyDays(tx, campaignId)
    const created: string[] = []
    const skipped: string[] = []
    for (const day of fridays) {
      if (existing.has(day)) {
        skipped.push(day)
        continue
      }
      const title = fridayTitle(day, input.titleSuffix)
      const local = `${day} ${input.time}`
      const id = await insertDeadline(tx, campaignId, { kind: 'weekly_stats', title, dueAt: fromShanghaiLocal(local) })
      await recordAudit(tx, {
        campaignId,
        actorId: session.sub,
        action: 'deadline.create',
        entity: 'campaign_deadline',
        entityId: id,
        after: { kind: 'weekly_stats', title, dueAt: local, everyFridayOf: input.month },
      })
      created.push(day)
    }
    return { setup: await loadSetup(tx, campaign), created, skipped }
  })
}
