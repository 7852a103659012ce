import type { TUnitHomeActivity, TUnitHomeResponse } from '../../../types/api/unit-home'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { describeDeliverable } from './describe-deliverable'
import { findDeliverables, findUnitActivities, findUnitHeader, type TUnitActivityRow } from './repository'

/**
 * The 单位工作台 of one unit: the unit and its campaign, every deliverable with its state and what is
 * still owed, and every activity of the unit. Only its contacts and the campaign's organisers may
 * open it; `now` is injectable so tests can stand on either side of a deadline.
 */
export async function getUnitHome(session: TSessionClaims, unitId: string, now: Date = new Date()): Promise<TUnitHomeResponse> {
  return withUserTx(session, async (tx) => {
    const unit = await findUnitHeader(tx, unitId)
    if (!unit) throw new AppError('unit_not_found')
    if (!unit.can_manage) throw new AppError('forbidden', { userMessage: '只有本单位的联系人和活动月组织方可以查看单位工作台' })
    const deliverables = (await findDeliverables(tx, unit.campaign_id, unit.id, now)).map((row) => describeDeliverable(row, now))
    const activities = (await findUnitActivities(tx, unit.id, now)).map(toActivity)
    return {
      unit: {
        id: unit.id,
        name: unit.name,
        districtName: unit.district_name,
        campaignId: unit.campaign_id,
        campaignTitle: unit.campaign_title,
        campaignTheme: unit.campaign_theme,
        periodStart: unit.period_start,
        periodEnd: unit.period_end,
      },
      now: toShanghaiIso(now),
      deliverables,
      activities,
      counts: {
        todo: deliverables.filter((d) => d.inTodo).length,
        overdue: deliverables.filter((d) => d.state === 'overdue').length,
        submitted: deliverables.filter((d) => d.state === 'submitted').length,
      },
    }
  })
}

function toActivity(row: TUnitActivityRow): TUnitHomeActivity {
  return {
    id: row.id,
    title: row.title,
    startsAt: toShanghaiIso(row.starts_at),
    endsAt: toShanghaiIso(row.ends_at),
    locationName: row.location_name,
    status: row.status,
    isKeyActivity: row.is_key_activity,
    confirmedCount: row.confirmed_count,
    waitlistCount: row.waitlist_count,
    capacity: row.capacity,
    isToday: row.is_today,
    hasStarted: row.has_started,
    photos: {
      total: row.photos_total,
      passed: row.photos_passed,
      needsReview: row.photos_review,
      failed: row.photos_failed,
      checking: row.photos_checking,
    },
  }
}
