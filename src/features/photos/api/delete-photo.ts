import { ZDeletePhotoResponse, type TDeletePhotoResponse } from '../../../../types/api/photos'
import { request } from '../../../shared/request'

/** DELETE /api/photos/:id — the photo, its checks and its stored files. */
export function deletePhoto(id: string): Promise<TDeletePhotoResponse> {
  return request({ path: `/api/photos/${encodeURIComponent(id)}`, method: 'DELETE', schema: ZDeletePhotoResponse })
}
