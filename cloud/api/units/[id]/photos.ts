import { ZUnitPhotosRequest, type TUnitPhotosResponse } from '../../../../types/api/photos'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { listUnitPhotos } from '../../../lib/photos/list-unit-photos'

export default defineHandler({
  GET: async (ctx): Promise<TUnitPhotosResponse> => listUnitPhotos(requireSession(ctx), parseInput(ZUnitPhotosRequest, { id: ctx.req.query.id }).id),
})
