import type { TReport } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadReport } from './guards'
import { listPictures } from './repository'
import { toReport } from './to-report'

/** One report with its pictures and what may be done with it now. */
export async function getReport(session: TSessionClaims, id: string): Promise<TReport> {
  const { row, pictures } = await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, id)
    return { row, pictures: await listPictures(tx, id) }
  })
  return toReport(row, pictures, new Date())
}
