import type { TMyUnitsResponse } from '../../../types/api/unit-home'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { describeDeliverable } from './describe-deliverable'
import { findDeliverables, findMyUnits } from './repository'

/**
 * The caller's units (unit_contact memberships) with what each still owes and the nearest deadline
 * under 待办: what 我的 shows on its 单位工作台 card. Volunteers get an empty list.
 */
export async function listMyUnits(session: TSessionClaims, now: Date = new Date()): Promise<TMyUnitsResponse> {
  return withUserTx(session, async (tx) => {
    const units = await findMyUnits(tx, session.sub)
    const items: TMyUnitsResponse['items'] = []
    for (const unit of units) {
      const deliverables = (await findDeliverables(tx, unit.campaign_id, unit.unit_id, now)).map((row) => describeDeliverable(row, now))
      const todo = deliverables.filter((d) => d.inTodo)
      // Deliverables come nearest due first; a returned one past its deadline still leads.
      const next = todo[0] ?? null
      items.push({
        unitId: unit.unit_id,
        unitName: unit.unit_name,
        campaignId: unit.campaign_id,
        campaignTitle: unit.campaign_title,
        campaignTheme: unit.campaign_theme,
        todoCount: todo.length,
        overdueCount: deliverables.filter((d) => d.state === 'overdue').length,
        next: next && { deadlineId: next.deadlineId, title: next.title, kindLabel: next.kindLabel, dueAt: next.dueAt, dueText: next.dueText, state: next.state, urgency: next.urgency },
      })
    }
    return { items }
  })
}
