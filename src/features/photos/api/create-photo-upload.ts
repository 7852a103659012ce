import { ZCreatePhotoUploadResponse, type TCreatePhotoUploadRequest, type TCreatePhotoUploadResponse } from '../../../../types/api/photos'
import { request } from '../../../shared/request'

/** POST /api/photos/upload-url — where to PUT the file (straight to storage). */
export function createPhotoUpload(body: TCreatePhotoUploadRequest): Promise<TCreatePhotoUploadResponse> {
  return request({ path: '/api/photos/upload-url', method: 'POST', body, schema: ZCreatePhotoUploadResponse })
}
