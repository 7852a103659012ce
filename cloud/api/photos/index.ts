import { ZListPhotosRequest, ZRecordPhotoRequest, type TListPhotosResponse, type TPhoto } from '../../../types/api/photos'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { listPhotos } from '../../lib/photos/get-photo'
import { recordPhoto } from '../../lib/photos/record-photo'

export default defineHandler({
  GET: async (ctx): Promise<TListPhotosResponse> => listPhotos(requireSession(ctx), parseInput(ZListPhotosRequest, ctx.req.query).activityId),
  POST: async (ctx): Promise<TPhoto> => recordPhoto(requireSession(ctx), parseInput(ZRecordPhotoRequest, ctx.req.body)),
})
