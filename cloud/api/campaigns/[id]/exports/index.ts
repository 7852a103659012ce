import { ZExportOptionsRequest, type TExportOptionsResponse } from '../../../../../types/api/campaign-exports'
import { getExportOptions } from '../../../../lib/campaign-exports/get-export-options'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TExportOptionsResponse> =>
    getExportOptions(requireSession(ctx), parseInput(ZExportOptionsRequest, { id: ctx.req.query.id }).id),
})
