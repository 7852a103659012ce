import type { TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadApplication } from './guards'
import { listPictures } from './repository'
import { toApplication } from './to-application'

/** One application with its pictures, what is still missing and what may be done with it now. */
export async function getShowcaseApplication(session: TSessionClaims, id: string): Promise<TShowcaseApplication> {
  const { row, pictures } = await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, id)
    return { row, pictures: await listPictures(tx, [id]) }
  })
  return toApplication(row, pictures, new Date())
}
