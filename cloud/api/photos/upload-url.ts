import { ZCreatePhotoUploadRequest, type TCreatePhotoUploadResponse } from '../../../types/api/photos'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { createPhotoUpload } from '../../lib/photos/create-photo-upload'

export default defineHandler({
  POST: async (ctx): Promise<TCreatePhotoUploadResponse> => createPhotoUpload(requireSession(ctx), parseInput(ZCreatePhotoUploadRequest, ctx.req.body), ctx.client),
})
