import type { TInvitePosterResponse } from '../../../../types/api/invites'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getInvitePoster } from '../api/get-invite-poster'

export function useInvitePoster(campaignId: string | undefined, unitId: string | undefined): RemoteState<TInvitePosterResponse> {
  return useRemote(campaignId ? () => getInvitePoster(campaignId, unitId) : null, [campaignId, unitId])
}
