import type { TShowcaseExportRequest } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findManagedUnit, listPictures, listUnitApplications, type TApplicationRow, type TManagedUnit, type TPictureRow } from './repository'

export type TExportSource = { unit: TManagedUnit; applications: { row: TApplicationRow; pictures: TPictureRow[] }[] }

/** What an export covers: one project of the unit, or all of them, with their pictures in order. */
export async function loadExportSource(session: TSessionClaims, request: TShowcaseExportRequest): Promise<TExportSource> {
  return withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, request.id)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const rows = (await listUnitApplications(tx, unit.id)).filter((r) => !request.applicationId || r.id === request.applicationId)
    if (rows.length === 0) {
      throw new AppError('not_found', { userMessage: request.applicationId ? '展示项目申报不存在' : '本单位还没有展示项目申报' })
    }
    const pictures = await listPictures(tx, rows.map((r) => r.id))
    return { unit, applications: rows.map((row) => ({ row, pictures: pictures.filter((p) => p.showcase_application_id === row.id) })) }
  })
}

/** "海州区文明办-启动仪式现场展示项目申报表.xlsx", or the project's name when it is one project. */
export function exportBaseName(source: TExportSource, requestedOne: boolean): string {
  const only = source.applications[0]?.row.project_name
  return (requestedOne && only ? only : source.unit.name).replace(/[\\/:*?"<>|]/g, ' ').trim()
}
