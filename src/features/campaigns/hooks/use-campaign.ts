import type { TCampaignDetail } from '../../../../types/api/campaigns'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getCampaign } from '../api/get-campaign'

export function useCampaign(id: string | null | undefined): RemoteState<TCampaignDetail> {
  return useRemote(id ? () => getCampaign(id) : null, [id])
}
