import { useCallback, useEffect, useRef, useState } from 'react'
import type { TActivitySummary } from '../../../../types/api/activities'
import { describeError } from '../../../shared/api-error'
import { listActivities, type ActivityFilters } from '../api/list-activities'

const PAGE_SIZE = 20

export interface ActivityListState {
  items: TActivitySummary[]
  /** `idle` until there are filters to load with (e.g. no current campaign). */
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** Why the first page failed. */
  error: string | null
  hasMore: boolean
  loadingMore: boolean
  /** Why the latest "加载更多" failed; the loaded items stay on screen. */
  loadMoreError: string | null
  reload: () => Promise<void>
  loadMore: () => Promise<void>
}

/** The activity list with cursor pagination. Changing the filters starts again from page one. */
export function useActivityList(filters: ActivityFilters | null): ActivityListState {
  const [items, setItems] = useState<TActivitySummary[]>([])
  const [status, setStatus] = useState<ActivityListState['status']>(filters ? 'loading' : 'idle')
  const [error, setError] = useState<string | null>(null)
  // The cursor belongs to the filters it was issued for; never use it with other filters.
  const [page, setPage] = useState<{ key: string | null; cursor: string | null }>({ key: null, cursor: null })
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null)
  // Bumped on every reload so answers for old filters are dropped.
  const generation = useRef(0)
  const busy = useRef(false)

  const filtersKey = filters ? JSON.stringify(filters) : null
  const filtersRef = useRef(filters)
  filtersRef.current = filters

  const reload = useCallback(async () => {
    const current = filtersRef.current
    const mine = ++generation.current
    if (!current) {
      setStatus('idle')
      setItems([])
      return
    }
    busy.current = true
    setStatus('loading')
    setError(null)
    setLoadMoreError(null)
    try {
      const first = await listActivities(current, { limit: PAGE_SIZE })
      if (mine !== generation.current) return
      setItems(first.items)
      setPage({ key: JSON.stringify(current), cursor: first.nextCursor })
      setStatus('ready')
    } catch (e) {
      if (mine !== generation.current) return
      setError(describeError(e))
      setStatus('error')
    } finally {
      if (mine === generation.current) busy.current = false
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [filtersKey, reload])

  const loadMore = useCallback(async () => {
    const current = filtersRef.current
    const { key, cursor } = page
    if (!current || !cursor || busy.current || key !== JSON.stringify(current)) return
    const mine = generation.current
    busy.current = true
    setLoadingMore(true)
    setLoadMoreError(null)
    try {
      const next = await listActivities(current, { cursor, limit: PAGE_SIZE })
      if (mine !== generation.current) return
      setItems((previous) => {
        // A row can shift between pages while people sign up; never show it twice.
        const seen = new Set(previous.map((item) => item.id))
        return previous.concat(next.items.filter((item) => !seen.has(item.id)))
      })
      setPage({ key, cursor: next.nextCursor })
    } catch (e) {
      if (mine === generation.current) setLoadMoreError(describeError(e))
    } finally {
      if (mine === generation.current) {
        busy.current = false
        setLoadingMore(false)
      }
    }
  }, [page])

  const hasMore = page.cursor !== null && page.key === filtersKey
  return { items, status, error, hasMore, loadingMore, loadMoreError, reload, loadMore }
}
