import type { TArrangementPreview } from '../../../types/api/arrangement'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findImport } from './repository'
import { toPreview } from './to-preview'

/** An import's preview again (the page was reloaded between preview and apply). */
export async function getArrangementImport(session: TSessionClaims, importId: string): Promise<TArrangementPreview> {
  return withUserTx(session, async (tx) => {
    const record = await findImport(tx, importId, { lock: false })
    if (!record) throw new AppError('import_not_found')
    return toPreview(record)
  })
}
