import { ZGetWeeklyStatsRequest, ZSaveWeeklyStatsRequest, ZStatsUnitParam, type TWeeklyStatsResponse } from '../../../../../types/api/weekly-stats'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { getWeeklyStats } from '../../../../lib/weekly-stats/get-weekly-stats'
import { saveWeeklyStats } from '../../../../lib/weekly-stats/save-weekly-stats'

export default defineHandler({
  GET: async (ctx): Promise<TWeeklyStatsResponse> =>
    getWeeklyStats(requireSession(ctx), parseInput(ZGetWeeklyStatsRequest, { unitId: ctx.req.query.id, deadlineId: ctx.req.query.deadlineId })),
  PUT: async (ctx): Promise<TWeeklyStatsResponse> =>
    saveWeeklyStats(requireSession(ctx), parseInput(ZStatsUnitParam, { unitId: ctx.req.query.id }).unitId, parseInput(ZSaveWeeklyStatsRequest, ctx.req.body)),
})
