import { ZGetActivityRequest } from '../../../../types/api/activities'
import type { TCheckinKeyResponse } from '../../../../types/api/checkins'
import { getCheckinKey } from '../../../lib/checkins/get-checkin-key'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TCheckinKeyResponse> => {
    const { id } = parseInput(ZGetActivityRequest, { id: ctx.req.query.id })
    return getCheckinKey(requireSession(ctx), id)
  },
})
