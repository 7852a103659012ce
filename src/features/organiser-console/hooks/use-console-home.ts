import type { TConsoleHomeResponse } from '../../../../types/api/organiser-console'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getConsoleHome } from '../api/get-console-home'

export function useConsoleHome(campaignId: string | null): RemoteState<TConsoleHomeResponse> {
  return useRemote(campaignId ? () => getConsoleHome(campaignId) : null, [campaignId])
}
