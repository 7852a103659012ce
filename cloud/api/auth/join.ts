import { ZJoinRequest, type TSessionResponse } from '../../../types/api/auth'
import { joinWithInvite } from '../../lib/auth/join-with-invite'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TSessionResponse> => {
    const session = requireSession(ctx)
    return joinWithInvite(session, parseInput(ZJoinRequest, ctx.req.body), ctx.client)
  },
})
