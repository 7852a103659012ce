import { z } from 'zod'
import { ZDeleteShowcaseResponse, ZShowcaseApplication, type TShowcaseApplication, type TShowcaseForm } from '../../../../types/api/showcase'
import { request } from '../../../shared/request'

const path = (id: string, rest = '') => `/api/showcase/${encodeURIComponent(id)}${rest}`

/** GET /api/showcase/:id */
export function getShowcase(id: string): Promise<TShowcaseApplication> {
  return request({ path: path(id), schema: ZShowcaseApplication })
}

/** PUT /api/showcase/:id — the form as it stands (a draft may be incomplete). */
export function saveShowcase(id: string, form: TShowcaseForm): Promise<TShowcaseApplication> {
  return request({ path: path(id), method: 'PUT', body: { form }, schema: ZShowcaseApplication })
}

/** DELETE /api/showcase/:id — drafts only. */
export function deleteShowcase(id: string): Promise<z.infer<typeof ZDeleteShowcaseResponse>> {
  return request({ path: path(id), method: 'DELETE', schema: ZDeleteShowcaseResponse })
}

/** POST /api/showcase/:id/submit */
export function submitShowcase(id: string): Promise<TShowcaseApplication> {
  return request({ path: path(id, '/submit'), method: 'POST', body: {}, schema: ZShowcaseApplication })
}

/** POST /api/showcase/:id/withdraw */
export function withdrawShowcase(id: string): Promise<TShowcaseApplication> {
  return request({ path: path(id, '/withdraw'), method: 'POST', body: {}, schema: ZShowcaseApplication })
}
