import { ZShowcaseFormsExportRequest } from '../../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../../types/api/common'
import { exportShowcaseForms } from '../../../../lib/campaign-exports/export-showcase-forms'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportShowcaseForms(requireSession(ctx), parseInput(ZShowcaseFormsExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
