import { ZGetActivityRequest } from '../../../../types/api/activities'
import type { TRosterResponse } from '../../../../types/api/checkins'
import { getRoster } from '../../../lib/checkins/get-roster'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TRosterResponse> => {
    const { id } = parseInput(ZGetActivityRequest, { id: ctx.req.query.id })
    return getRoster(requireSession(ctx), id)
  },
})
