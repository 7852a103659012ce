import {
  ZDecidePhotosResponse,
  ZPhotoReviewQueueResponse,
  type TDecidePhotosResponse,
  type TPhotoReviewQueueResponse,
  type TReviewDecided,
  type TReviewState,
  type TReviewVerdict,
} from '../../../../types/api/photo-review'
import { request } from '../../../shared/request'

export type TQueueQuery = { state: TReviewState; review: TReviewDecided; districtId?: string; unitId?: string; cursor?: string }

/** GET /api/campaigns/:id/photo-review */
export function getReviewQueue(campaignId: string, query: TQueueQuery): Promise<TPhotoReviewQueueResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/photo-review`, query, schema: ZPhotoReviewQueueResponse })
}

/** POST /api/campaigns/:id/photo-review */
export function decidePhotos(campaignId: string, body: { photoIds: string[]; decision: TReviewVerdict; reason?: string }): Promise<TDecidePhotosResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/photo-review`, method: 'POST', body, schema: ZDecidePhotosResponse })
}
