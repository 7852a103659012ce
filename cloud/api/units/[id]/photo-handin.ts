import { ZSubmitPhotoHandinRequest, ZWithdrawPhotoHandinRequest, type TUnitPhotosResponse } from '../../../../types/api/photos'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { submitPhotoHandin } from '../../../lib/photos/submit-photo-handin'
import { withdrawPhotoHandin } from '../../../lib/photos/withdraw-photo-handin'

export default defineHandler({
  POST: async (ctx): Promise<TUnitPhotosResponse> =>
    submitPhotoHandin(requireSession(ctx), parseInput(ZSubmitPhotoHandinRequest, { ...asObject(ctx.req.body), id: ctx.req.query.id })),
  DELETE: async (ctx): Promise<TUnitPhotosResponse> => withdrawPhotoHandin(requireSession(ctx), parseInput(ZWithdrawPhotoHandinRequest, { id: ctx.req.query.id }).id),
})

function asObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {}
}
