import { useCallback, useEffect, useRef, useState } from 'react'
import type { TPhotoReviewItem, TPhotoReviewQueueResponse, TReviewVerdict } from '../../../../types/api/photo-review'
import { describeError } from '../../../shared/api-error'
import { decidePhotos, getReviewQueue } from '../api/photo-review'
import { tabQuery, type TReviewTab } from '../describe-review'

export type TReviewFilter = { tab: TReviewTab; districtId?: string; unitId?: string }
type TMeta = Omit<TPhotoReviewQueueResponse, 'items' | 'nextCursor'>

export interface ReviewQueueState {
  filter: TReviewFilter
  setFilter: (filter: TReviewFilter) => void
  meta: TMeta | undefined
  items: TPhotoReviewItem[]
  error: string | null
  loading: boolean
  loadingMore: boolean
  hasMore: boolean
  loadMore: () => Promise<void>
  reload: () => Promise<void>
  /** The photo in the large viewer. */
  current: TPhotoReviewItem | null
  currentIndex: number
  select: (photoId: string) => void
  step: (delta: 1 | -1) => void
  /** Photos ticked for one decision together. */
  chosen: Set<string>
  toggleChosen: (photoId: string) => void
  setChosen: (ids: Set<string>) => void
  busy: boolean
  /** Sends the decision; the photos leave a pending tab, the viewer moves on to the next. Null when done, else why not. */
  decide: (photoIds: string[], decision: TReviewVerdict, reason?: string) => Promise<string | null>
}

/**
 * The review queue of one campaign as a list the reviewer walks through: pages follow the
 * server's cursor, a decision takes its photos out of the pending tabs at once (the counts follow)
 * and the viewer stays at the same place, which is now the next photo.
 */
export function useReviewQueue(campaignId: string | undefined, initial: Omit<TReviewFilter, 'tab'> = {}): ReviewQueueState {
  const [filter, setFilterState] = useState<TReviewFilter>({ tab: 'needs_review', districtId: initial.districtId, unitId: initial.unitId })
  const [meta, setMeta] = useState<TMeta>()
  const [items, setItems] = useState<TPhotoReviewItem[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [currentId, setCurrentId] = useState<string | null>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const generation = useRef(0)

  const query = useCallback(
    (extra: { cursor?: string } = {}) => ({ ...tabQuery(filter.tab), districtId: filter.districtId, unitId: filter.unitId, ...extra }),
    [filter],
  )

  const reload = useCallback(async () => {
    if (!campaignId) return
    const mine = ++generation.current
    setLoading(true)
    setError(null)
    try {
      const page = await getReviewQueue(campaignId, query())
      if (mine !== generation.current) return
      const { items: first, nextCursor, ...rest } = page
      setMeta(rest)
      setItems(first)
      setCursor(nextCursor)
      setChosen(new Set())
      setCurrentId((id) => (id && first.some((item) => item.photo.id === id) ? id : (first[0]?.photo.id ?? null)))
    } catch (e) {
      if (mine === generation.current) setError(describeError(e))
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, [campaignId, query])

  useEffect(() => {
    void reload()
  }, [reload])

  const loadMore = useCallback(async () => {
    if (!campaignId || !cursor || loadingMore) return
    const mine = generation.current
    setLoadingMore(true)
    try {
      const page = await getReviewQueue(campaignId, query({ cursor }))
      if (mine !== generation.current) return
      setItems((known) => [...known, ...page.items.filter((item) => !known.some((k) => k.photo.id === item.photo.id))])
      setCursor(page.nextCursor)
    } catch {
      // The next step near the end asks again; the list so far stays usable.
    } finally {
      setLoadingMore(false)
    }
  }, [campaignId, cursor, loadingMore, query])

  const currentIndex = Math.max(0, items.findIndex((item) => item.photo.id === currentId))
  const current = items[currentIndex] ?? null

  // Near the end of what is loaded: fetch the next page, so ← → never runs dry while there is more.
  useEffect(() => {
    if (cursor && items.length - currentIndex <= 3) void loadMore()
  }, [cursor, currentIndex, items.length, loadMore])

  const step = useCallback(
    (delta: 1 | -1) => {
      const next = items[Math.min(items.length - 1, Math.max(0, currentIndex + delta))]
      if (next) setCurrentId(next.photo.id)
    },
    [items, currentIndex],
  )

  const toggleChosen = useCallback((photoId: string) => {
    setChosen((known) => {
      const next = new Set(known)
      if (next.has(photoId)) next.delete(photoId)
      else next.add(photoId)
      return next
    })
  }, [])

  const decide = useCallback(
    async (photoIds: string[], decision: TReviewVerdict, reason?: string) => {
      if (!campaignId || photoIds.length === 0) return '没有选中照片'
      if (busy) return '上一个操作还没完成'
      setBusy(true)
      try {
        await decidePhotos(campaignId, { photoIds, decision, reason: reason?.trim() || undefined })
        const gone = new Set(photoIds)
        if (filter.tab === 'decided') {
          // Still decided, with the new decision: read it back as the server has it.
          await reload()
        } else {
          const left = items.filter((item) => !gone.has(item.photo.id))
          const stay = left[Math.min(currentIndex, left.length - 1)]
          setItems(left)
          setCurrentId(stay?.photo.id ?? null)
          setChosen((known) => new Set([...known].filter((id) => !gone.has(id))))
          setMeta((known) =>
            known
              ? {
                  ...known,
                  counts: {
                    needsReview: known.counts.needsReview - (filter.tab === 'needs_review' ? photoIds.length : 0),
                    failed: known.counts.failed - (filter.tab === 'failed' ? photoIds.length : 0),
                    decided: known.counts.decided + photoIds.length,
                  },
                  units: known.units.map((unit) => ({
                    ...unit,
                    pending: unit.pending - items.filter((item) => gone.has(item.photo.id) && item.unit.id === unit.id).length,
                  })),
                }
              : known,
          )
        }
        return null
      } catch (e) {
        return describeError(e)
      } finally {
        setBusy(false)
      }
    },
    [campaignId, busy, filter.tab, items, currentIndex, reload],
  )

  const setFilter = useCallback((next: TReviewFilter) => {
    setFilterState(next)
    setCurrentId(null)
  }, [])

  return {
    filter,
    setFilter,
    meta,
    items,
    error,
    loading,
    loadingMore,
    hasMore: cursor !== null,
    loadMore,
    reload,
    current,
    currentIndex,
    select: setCurrentId,
    step,
    chosen,
    toggleChosen,
    setChosen,
    busy,
    decide,
  }
}
