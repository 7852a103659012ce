import { ZDashboardRequest, type TDashboardResponse } from '../../../../types/api/dashboard'
import { getDashboard } from '../../../lib/dashboard/get-dashboard'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TDashboardResponse> => {
    const input = parseInput(ZDashboardRequest, { id: ctx.req.query.id, districtId: ctx.req.query.districtId || undefined })
    return getDashboard(requireSession(ctx), input.id, input.districtId ?? null)
  },
})
