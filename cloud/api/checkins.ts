import { ZCheckinRequest, type TCheckinResponse } from '../../types/api/checkins'
import { scanCheckIn } from '../lib/checkins/scan-check-in'
import { defineHandler, requireSession } from '../lib/http/define-handler'
import { parseInput } from '../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TCheckinResponse> => scanCheckIn(requireSession(ctx), parseInput(ZCheckinRequest, ctx.req.body)),
})
