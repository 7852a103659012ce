import { ZShowcasePicturesExportRequest } from '../../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../../types/api/common'
import { exportShowcasePictures } from '../../../../lib/campaign-exports/export-showcase-pictures'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportShowcasePictures(requireSession(ctx), parseInput(ZShowcasePicturesExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
