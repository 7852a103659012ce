import type { TExportOptionsResponse } from '../../../../types/api/campaign-exports'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getExportOptions } from '../api/get-export-options'

export function useExportOptions(campaignId: string | undefined): RemoteState<TExportOptionsResponse> {
  return useRemote(campaignId ? () => getExportOptions(campaignId) : null, [campaignId])
}
