import { ZStatsExportRequest } from '../../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../../types/api/common'
import { exportStatsTable } from '../../../../lib/campaign-exports/export-stats-table'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportStatsTable(requireSession(ctx), parseInput(ZStatsExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
