import type { TMyUnitsResponse } from '../../../types/api/unit-home'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { listMyUnits } from '../../lib/unit-home/list-my-units'

export default defineHandler({
  GET: async (ctx): Promise<TMyUnitsResponse> => listMyUnits(requireSession(ctx)),
})
