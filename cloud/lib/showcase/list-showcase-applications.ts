import type { TListShowcaseResponse } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findManagedUnit, findShowcaseDeadline, findUnitProjectQuota, listPictures, listUnitApplications } from './repository'
import { toApplication, toDeadline } from './to-application'

/** The unit's 附件1 projects (a unit may file several), the deadline and the quota. */
export async function listShowcaseApplications(session: TSessionClaims, unitId: string): Promise<TListShowcaseResponse> {
  const loaded = await withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, unitId)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const rows = await listUnitApplications(tx, unitId)
    return {
      unit,
      rows,
      pictures: await listPictures(tx, rows.map((r) => r.id)),
      deadline: await findShowcaseDeadline(tx, unit.campaignId),
      quota: await findUnitProjectQuota(tx, unit.campaignId),
    }
  })
  const now = new Date()
  return {
    unit: { id: loaded.unit.id, name: loaded.unit.name, campaignId: loaded.unit.campaignId },
    deadline: loaded.deadline ? toDeadline(loaded.deadline, now) : null,
    minProjects: loaded.quota,
    items: await Promise.all(
      loaded.rows.map((row) => toApplication(row, loaded.pictures.filter((p) => p.showcase_application_id === row.id), now)),
    ),
  }
}
