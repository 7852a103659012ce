import type { TMyRegistrationsResponse } from '../../../../types/api/registrations'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { listMyRegistrations, type MyRegistrationsTab } from '../api/list-my-registrations'

export function useMyRegistrations(tab: MyRegistrationsTab, signedIn: boolean): RemoteState<TMyRegistrationsResponse> {
  return useRemote(signedIn ? () => listMyRegistrations(tab) : null, [tab, signedIn])
}
