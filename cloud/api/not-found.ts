import { AppError } from '../lib/errors/app-error'
import { sendError } from '../lib/http/send-error'
import type { VercelRequest, VercelResponse } from '@vercel/node'

/** vercel.json sends every unmatched /api path here, so clients get JSON, not Vercel's HTML 404. */
export default function notFound(_req: VercelRequest, res: VercelResponse): void {
  sendError(res, new AppError('route_not_found'))
}
