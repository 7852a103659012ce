import { ZDeletePhotoRequest, ZGetPhotoRequest, type TDeletePhotoResponse, type TPhoto } from '../../../types/api/photos'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { deletePhoto } from '../../lib/photos/delete-photo'
import { getPhoto } from '../../lib/photos/get-photo'

export default defineHandler({
  GET: async (ctx): Promise<TPhoto> => getPhoto(requireSession(ctx), parseInput(ZGetPhotoRequest, { id: ctx.req.query.id }).id),
  DELETE: async (ctx): Promise<TDeletePhotoResponse> => deletePhoto(requireSession(ctx), parseInput(ZDeletePhotoRequest, { id: ctx.req.query.id }).id),
})
