import type { TMyHoursResponse } from '../../../../types/api/checkins'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getMyHours } from '../api/get-my-hours'

export function useMyHours(signedIn: boolean): RemoteState<TMyHoursResponse> {
  return useRemote(signedIn ? getMyHours : null, [signedIn])
}
