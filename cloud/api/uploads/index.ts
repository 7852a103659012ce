import { ZCreateUploadRequest, type TCreateUploadResponse } from '../../../types/api/uploads'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { createUpload } from '../../lib/uploads/create-upload'

export default defineHandler({
  POST: async (ctx): Promise<TCreateUploadResponse> => createUpload(requireSession(ctx), parseInput(ZCreateUploadRequest, ctx.req.body), ctx.client),
})
