import { ZAddStatsPictureRequest, ZRemoveStatsPictureRequest, ZStatsUnitParam, type TStatsPicturesResponse } from '../../../../../types/api/weekly-stats'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { addStatsPicture } from '../../../../lib/weekly-stats/add-stats-picture'
import { removeStatsPicture } from '../../../../lib/weekly-stats/remove-stats-picture'

export default defineHandler({
  POST: async (ctx): Promise<TStatsPicturesResponse> =>
    addStatsPicture(requireSession(ctx), parseInput(ZStatsUnitParam, { unitId: ctx.req.query.id }).unitId, parseInput(ZAddStatsPictureRequest, ctx.req.body)),
  DELETE: async (ctx): Promise<TStatsPicturesResponse> =>
    removeStatsPicture(
      requireSession(ctx),
      parseInput(ZStatsUnitParam, { unitId: ctx.req.query.id }).unitId,
      parseInput(ZRemoveStatsPictureRequest, { deadlineId: ctx.req.query.deadlineId, pictureId: ctx.req.query.pictureId }),
    ),
})
