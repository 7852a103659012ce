import { ZArrangementExportRequest } from '../../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../../types/api/common'
import { exportArrangementTable } from '../../../../lib/campaign-exports/export-arrangement-table'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportArrangementTable(requireSession(ctx), parseInput(ZArrangementExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
