import { ZShowcaseApplication, type TShowcaseApplication } from '../../../../types/api/showcase'
import { request } from '../../../shared/request'

const path = (id: string, rest = '') => `/api/showcase/${encodeURIComponent(id)}/pictures${rest}`

/** POST /api/showcase/:id/pictures — claims an uploaded file as the next picture (reads it: 30 s). */
export function addShowcasePicture(id: string, uploadPath: string): Promise<TShowcaseApplication> {
  return request({ path: path(id), method: 'POST', body: { path: uploadPath }, schema: ZShowcaseApplication, timeoutMs: 30_000 })
}

/** PUT /api/showcase/:id/pictures — the new order, every picture once. */
export function reorderShowcasePictures(id: string, pictureIds: string[]): Promise<TShowcaseApplication> {
  return request({ path: path(id), method: 'PUT', body: { pictureIds }, schema: ZShowcaseApplication })
}

/** DELETE /api/showcase/:id/pictures/:pictureId */
export function removeShowcasePicture(id: string, pictureId: string): Promise<TShowcaseApplication> {
  return request({ path: path(id, `/${encodeURIComponent(pictureId)}`), method: 'DELETE', schema: ZShowcaseApplication })
}
