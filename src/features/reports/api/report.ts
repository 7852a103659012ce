import { ZReport, type TReport } from '../../../../types/api/reports'
import { request } from '../../../shared/request'

const path = (id: string, rest: string) => `/api/reports/${encodeURIComponent(id)}${rest}`

/** POST /api/reports/:id/submit */
export function submitReport(id: string): Promise<TReport> {
  return request({ path: path(id, '/submit'), method: 'POST', body: {}, schema: ZReport })
}

/** POST /api/reports/:id/withdraw */
export function withdrawReport(id: string): Promise<TReport> {
  return request({ path: path(id, '/withdraw'), method: 'POST', body: {}, schema: ZReport })
}

/** POST /api/reports/:id/pictures — claims an uploaded picture. */
export function addReportPicture(id: string, uploadPath: string): Promise<TReport> {
  return request({ path: path(id, '/pictures'), method: 'POST', body: { path: uploadPath }, schema: ZReport, timeoutMs: 30_000 })
}

/** PATCH /api/reports/:id/pictures/:pictureId — the caption. */
export function captionReportPicture(id: string, pictureId: string, caption: string): Promise<TReport> {
  return request({ path: path(id, `/pictures/${encodeURIComponent(pictureId)}`), method: 'PATCH', body: { caption }, schema: ZReport })
}

/** DELETE /api/reports/:id/pictures/:pictureId */
export function removeReportPicture(id: string, pictureId: string): Promise<TReport> {
  return request({ path: path(id, `/pictures/${encodeURIComponent(pictureId)}`), method: 'DELETE', schema: ZReport })
}
