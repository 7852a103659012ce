import { ZAddReportPictureRequest, type TReport } from '../../../../../types/api/reports'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { addReportPicture } from '../../../../lib/reports/add-report-picture'

export default defineHandler({
  POST: async (ctx): Promise<TReport> =>
    addReportPicture(requireSession(ctx), parseInput(ZAddReportPictureRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
