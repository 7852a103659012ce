import { ZPhoto, type TPhoto, type TRecordPhotoRequest } from '../../../../types/api/photos'
import { request } from '../../../shared/request'

/**
 * POST /api/photos — records the uploaded file. The server runs the check inside this request
 * (up to ~20 s, more while its models warm up), so it gets a longer timeout than other calls.
 */
export function recordPhoto(body: TRecordPhotoRequest): Promise<TPhoto> {
  return request({ path: '/api/photos', method: 'POST', body, schema: ZPhoto, timeoutMs: 45_000 })
}
