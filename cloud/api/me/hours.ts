import type { TMyHoursResponse } from '../../../types/api/checkins'
import { getMyHours } from '../../lib/checkins/get-my-hours'
import { defineHandler, requireSession } from '../../lib/http/define-handler'

export default defineHandler({
  GET: async (ctx): Promise<TMyHoursResponse> => getMyHours(requireSession(ctx)),
})
