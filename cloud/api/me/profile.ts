import { ZUpdateProfileRequest, type TMeResponse } from '../../../types/api/auth'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { updateProfile } from '../../lib/profile/update-profile'

export default defineHandler({
  PUT: async (ctx): Promise<TMeResponse> => updateProfile(requireSession(ctx), parseInput(ZUpdateProfileRequest, ctx.req.body)),
})
