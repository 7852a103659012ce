import type { TActivityDetail } from '../../../../types/api/activities'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getActivity } from '../api/get-activity'

export function useActivity(id: string | undefined): RemoteState<TActivityDetail> {
  return useRemote(id ? () => getActivity(id) : null, [id])
}
