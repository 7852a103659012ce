import type { TMeResponse } from '../../../types/api/auth'
import { findSessionUser } from '../../lib/auth/repository'
import { withUserTx } from '../../lib/db/transaction'
import { AppError } from '../../lib/errors/app-error'
import { defineHandler, requireSession } from '../../lib/http/define-handler'

export default defineHandler({
  GET: async (ctx): Promise<TMeResponse> => {
    const session = requireSession(ctx)
    const user = await withUserTx(session, (tx) => findSessionUser(tx, session.sub))
    if (!user) throw new AppError('session_expired')
    return { user }
  },
})
