import type { TListInvitesResponse } from '../../../../types/api/invites'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { listInvites } from '../api/list-invites'

export function useInvites(campaignId: string | undefined): RemoteState<TListInvitesResponse> {
  return useRemote(campaignId ? () => listInvites(campaignId) : null, [campaignId])
}
