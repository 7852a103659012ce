import type { THealthResponse } from '../../types/api/health'
import { checkHealth } from '../lib/health/check-health'
import { defineHandler } from '../lib/http/define-handler'

/** Database and storage, each ok/failed with its time; 503 (same body, Retry-After) when one fails. */
export default defineHandler({
  GET: async ({ res }): Promise<THealthResponse> => {
    const report = await checkHealth()
    if (!report.ok) {
      res.setHeader('Cache-Control', 'no-store')
      res.setHeader('Retry-After', '5')
      res.status(503).json(report)
    }
    return report
  },
})
