import { ZDistrictFiguresExportRequest } from '../../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../../types/api/common'
import { exportDistrictFigures } from '../../../../lib/campaign-exports/export-district-figures'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportDistrictFigures(requireSession(ctx), parseInput(ZDistrictFiguresExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
