import type { TActivityDetail } from '../../../../types/api/activities'
import { ApiError } from '../../../shared/api-error'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getActivity } from '../api/get-activity'

export function useActivity(id: string | undefined): RemoteState<TActivityDetail> {
  return useRemote(id ? () => getActivity(id) : null, [id])
}

/**
 * The detail page's load: an activity that does not exist (a mangled or stale link, a withdrawn
 * draft) is `'missing'`, so the page can say 活动不存在 instead of showing a load error with 重试.
 */
export function useActivityFromLink(id: string | undefined): RemoteState<TActivityDetail | 'missing'> {
  return useRemote(
    id
      ? () =>
          getActivity(id).catch((error: unknown) => {
            if (error instanceof ApiError && error.code === 'activity_not_found') return 'missing' as const
            throw error
          })
      : null,
    [id],
  )
}
