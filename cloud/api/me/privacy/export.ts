import type { TExportResponse } from '../../../../types/api/common'
import { ZExportMyDataRequest } from '../../../../types/api/privacy'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { exportMyData } from '../../../lib/privacy/export-my-data'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> => {
    const session = requireSession(ctx)
    parseInput(ZExportMyDataRequest, ctx.req.body ?? {})
    return exportMyData(session)
  },
})
