import { ZCreateRegistrationRequest, type TCreateRegistrationResponse } from '../../../types/api/registrations'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { registerForActivity } from '../../lib/registrations/register-for-activity'

export default defineHandler({
  POST: async (ctx): Promise<TCreateRegistrationResponse> =>
    registerForActivity(requireSession(ctx), parseInput(ZCreateRegistrationRequest, ctx.req.body), ctx.client),
})
