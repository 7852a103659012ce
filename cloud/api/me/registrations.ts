import { ZMyRegistrationsRequest, type TMyRegistrationsResponse } from '../../../types/api/registrations'
import { withUserTx } from '../../lib/db/transaction'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { findMyRegistrations } from '../../lib/registrations/repository'

export default defineHandler({
  GET: async (ctx): Promise<TMyRegistrationsResponse> => {
    const session = requireSession(ctx)
    const { tab } = parseInput(ZMyRegistrationsRequest, ctx.req.query)
    return withUserTx(session, async (tx) => ({ items: await findMyRegistrations(tx, session.sub, tab) }))
  },
})
