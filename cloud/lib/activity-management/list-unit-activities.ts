import type { TUnitActivitiesResponse } from '../../../types/api/unit-activities'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findUnitActivities, findUnitContext } from './repository'
import { quoteName } from '../../../types/quote-name'

/** The unit, its campaign's period and all its activities (drafts and withdrawn ones too). */
export async function listUnitActivities(session: TSessionClaims, unitId: string): Promise<TUnitActivitiesResponse> {
  return withUserTx(session, async (tx) => {
    const found = await findUnitContext(tx, unitId)
    if (!found) throw new AppError('unit_not_found')
    if (!found.canManage) {
      throw new AppError('forbidden', { userMessage: `你不是${quoteName(found.unit.unitName)}的联系人，不能查看该单位的活动安排` })
    }
    return { unit: found.unit, items: await findUnitActivities(tx, unitId) }
  })
}
