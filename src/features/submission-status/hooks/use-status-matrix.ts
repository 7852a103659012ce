import type { TStatusResponse } from '../../../../types/api/submission-status'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getStatusMatrix, type TStatusFilters } from '../api/status-api'

/** The matrix for the campaign and filters; reloads when either changes. */
export function useStatusMatrix(campaignId: string | null, filters: TStatusFilters): RemoteState<TStatusResponse> {
  const { districtId, state, deliverable, q } = filters
  return useRemote(campaignId ? () => getStatusMatrix(campaignId, { districtId, state, deliverable, q }) : null, [campaignId, districtId, state, deliverable, q])
}
