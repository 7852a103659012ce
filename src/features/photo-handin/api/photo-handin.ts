import { ZUnitPhotosResponse, type TUnitPhotosResponse } from '../../../../types/api/photos'
import { request } from '../../../shared/request'

const path = (unitId: string, tail: string) => `/api/units/${encodeURIComponent(unitId)}/${tail}`

/** GET /api/units/:id/photos — the unit's activity photos by activity, and its photo return. */
export function getUnitPhotos(unitId: string): Promise<TUnitPhotosResponse> {
  return request({ path: path(unitId, 'photos'), schema: ZUnitPhotosResponse })
}

/** POST /api/units/:id/photo-handin — hand in these photos; answers the page's new state. */
export function submitPhotoHandin(unitId: string, photoIds: string[]): Promise<TUnitPhotosResponse> {
  return request({ path: path(unitId, 'photo-handin'), method: 'POST', body: { photoIds }, schema: ZUnitPhotosResponse })
}

/** DELETE /api/units/:id/photo-handin — withdraw the return before the deadline. */
export function withdrawPhotoHandin(unitId: string): Promise<TUnitPhotosResponse> {
  return request({ path: path(unitId, 'photo-handin'), method: 'DELETE', schema: ZUnitPhotosResponse })
}
