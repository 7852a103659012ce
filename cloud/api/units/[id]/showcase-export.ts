import type { TExportResponse } from '../../../../types/api/common'
import { ZShowcaseExportRequest } from '../../../../types/api/showcase'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { exportShowcaseWorkbook } from '../../../lib/showcase/export-showcase-workbook'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportShowcaseWorkbook(requireSession(ctx), parseInput(ZShowcaseExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
