import { ZConsoleHomeResponse, type TConsoleHomeResponse } from '../../../../types/api/organiser-console'
import { request } from '../../../shared/request'

/** GET /api/campaigns/:id/console */
export function getConsoleHome(campaignId: string): Promise<TConsoleHomeResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/console`, schema: ZConsoleHomeResponse })
}
