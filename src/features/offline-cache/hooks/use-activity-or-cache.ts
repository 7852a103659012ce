import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import type { TActivityDetail } from '../../../../types/api/activities'
import { ApiError } from '../../../shared/api-error'
import { isH5 } from '../../../shared/platform'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getActivity } from '../../activities/api/get-activity'
import { useSession } from '../../auth/hooks/use-session'
import { refreshSession } from '../../auth/session-store'
import { readScanQueue } from '../../checkins/offline/scan-queue'
import { syncQueuedScans } from '../../checkins/offline/sync-scans'
import { readCachedActivity, rememberActivity } from '../activity-cache'

/** The page is showing the phone's saved copy: when it was saved and whose it is. */
export type TOfflineView = { savedAt: string; viewerId: string }

type TLoaded = { detail: TActivityDetail; offline: TOfflineView | null } | 'missing'

/** While the saved copy shows, the API is asked again this often (a weak signal may never fire an "online" event). */
const RETRY_MS = 15_000

/** The API did not answer: no network, or a gateway that could not reach it. */
export function isNoAnswer(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 503, 504].includes(error.status)
}

/**
 * The activity page's load: from the API, and when the API does not answer, the phone's saved copy
 * of one of the person's confirmed activities (features/offline-cache). Each answer from the API
 * refreshes that copy. While the copy shows, the API is tried again; once it answers, the session
 * is re-read and scans typed offline are sent at once.
 */
export function useActivityOrCache(id: string | undefined): RemoteState<TActivityDetail | 'missing'> & { offline: TOfflineView | null } {
  const wasOffline = useRef(false)
  const remote = useRemote<TLoaded>(
    id
      ? async () => {
          try {
            const detail = await getActivity(id)
            // The API answers again: scans typed while it did not go out now, not at the next minute's try.
            if (wasOffline.current || readScanQueue().some((scan) => scan.state === 'pending')) {
              wasOffline.current = false
              void refreshSession()
                .catch(() => undefined)
                .then(() => syncQueuedScans())
            }
            return { detail, offline: null }
          } catch (error) {
            if (error instanceof ApiError && error.code === 'activity_not_found') return 'missing'
            const cached = isNoAnswer(error) ? readCachedActivity(id) : null
            if (!cached) throw error
            wasOffline.current = true
            return { detail: cached.detail, offline: { savedAt: cached.savedAt, viewerId: cached.userId } }
          }
        }
      : null,
    [id],
  )
  const loaded = remote.data
  const offline = loaded && loaded !== 'missing' ? loaded.offline : null

  const session = useSession()
  useEffect(() => {
    if (!loaded || loaded === 'missing' || loaded.offline || session.status !== 'signed_in') return
    rememberActivity(session.user.id, loaded.detail)
  }, [loaded, session])

  const { reload } = remote
  const showingCopy = offline !== null
  useEffect(() => {
    if (!showingCopy) return undefined
    const retry = () => void reload()
    const timer = setInterval(retry, RETRY_MS)
    const onNetwork = (status: { isConnected: boolean }) => status.isConnected && retry()
    if (isH5 && typeof window !== 'undefined') window.addEventListener('online', retry)
    else Taro.onNetworkStatusChange(onNetwork)
    return () => {
      clearInterval(timer)
      if (isH5 && typeof window !== 'undefined') window.removeEventListener('online', retry)
      else Taro.offNetworkStatusChange(onNetwork)
    }
  }, [showingCopy, reload])

  return { ...remote, data: loaded === 'missing' ? 'missing' : loaded?.detail, offline }
}
