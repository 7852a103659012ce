import { ZCancelRegistrationRequest, type TCancelRegistrationResponse } from '../../../../types/api/registrations'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { cancelRegistration } from '../../../lib/registrations/cancel-registration'

export default defineHandler({
  POST: async (ctx): Promise<TCancelRegistrationResponse> => {
    const { id } = parseInput(ZCancelRegistrationRequest, { id: ctx.req.query.id })
    return cancelRegistration(requireSession(ctx), id)
  },
})
