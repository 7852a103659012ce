import { ZGetActivityRequest } from '../../../../types/api/activities'
import type { TCheckinCodeResponse } from '../../../../types/api/checkins'
import { getCheckinCode } from '../../../lib/checkins/get-checkin-code'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TCheckinCodeResponse> => {
    const { id } = parseInput(ZGetActivityRequest, { id: ctx.req.query.id })
    return getCheckinCode(requireSession(ctx), id)
  },
})
