import { ZListPhotosResponse, type TListPhotosResponse } from '../../../../types/api/photos'
import { request } from '../../../shared/request'

/** GET /api/photos?activityId= — the activity's photos, newest first. */
export function listPhotos(activityId: string): Promise<TListPhotosResponse> {
  return request({ path: '/api/photos', query: { activityId }, schema: ZListPhotosResponse })
}
