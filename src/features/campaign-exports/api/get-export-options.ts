import { ZExportOptionsResponse, type TExportOptionsResponse } from '../../../../types/api/campaign-exports'
import { request } from '../../../shared/request'

/** GET /api/campaigns/:id/exports — districts, periods and counts for the exports page. */
export function getExportOptions(campaignId: string): Promise<TExportOptionsResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/exports`, schema: ZExportOptionsResponse })
}
