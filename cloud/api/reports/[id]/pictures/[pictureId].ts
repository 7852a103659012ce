import { ZRemoveReportPictureRequest, ZUpdateReportPictureRequest, type TReport } from '../../../../../types/api/reports'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { removeReportPicture } from '../../../../lib/reports/remove-report-picture'
import { updateReportPicture } from '../../../../lib/reports/update-report-picture'

export default defineHandler({
  PATCH: async (ctx): Promise<TReport> =>
    updateReportPicture(
      requireSession(ctx),
      parseInput(ZUpdateReportPictureRequest, { ...ctx.req.body, id: ctx.req.query.id, pictureId: ctx.req.query.pictureId }),
    ),
  DELETE: async (ctx): Promise<TReport> =>
    removeReportPicture(requireSession(ctx), parseInput(ZRemoveReportPictureRequest, { id: ctx.req.query.id, pictureId: ctx.req.query.pictureId })),
})
