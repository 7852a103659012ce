import type { TExportResponse } from '../../../../../types/api/common'
import { ZStatsUnitParam, ZWeeklyStatsActionRequest } from '../../../../../types/api/weekly-stats'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { exportWeeklyStats } from '../../../../lib/weekly-stats/export-weekly-stats'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportWeeklyStats(requireSession(ctx), parseInput(ZStatsUnitParam, { unitId: ctx.req.query.id }).unitId, parseInput(ZWeeklyStatsActionRequest, ctx.req.body)),
})
