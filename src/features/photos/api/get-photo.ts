import { ZPhoto, type TPhoto } from '../../../../types/api/photos'
import { request } from '../../../shared/request'

/** GET /api/photos/:id — one photo with its latest check. */
export function getPhoto(id: string): Promise<TPhoto> {
  return request({ path: `/api/photos/${encodeURIComponent(id)}`, schema: ZPhoto })
}
