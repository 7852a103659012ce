import {
  ZDecidePhotosRequest,
  ZPhotoReviewCampaignRequest,
  ZPhotoReviewQueueRequest,
  type TDecidePhotosResponse,
  type TPhotoReviewQueueResponse,
} from '../../../../types/api/photo-review'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { decidePhotos } from '../../../lib/photo-review/decide-photos'
import { listReviewQueue } from '../../../lib/photo-review/list-review-queue'

export default defineHandler({
  GET: async (ctx): Promise<TPhotoReviewQueueResponse> =>
    listReviewQueue(requireSession(ctx), parseInput(ZPhotoReviewQueueRequest, { ...ctx.req.query, id: ctx.req.query.id })),
  POST: async (ctx): Promise<TDecidePhotosResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZPhotoReviewCampaignRequest, { id: ctx.req.query.id })
    return decidePhotos(session, id, parseInput(ZDecidePhotosRequest, ctx.req.body))
  },
})
