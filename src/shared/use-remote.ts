import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { describeError } from './api-error'

export interface RemoteState<T> {
  data: T | undefined
  /** Chinese message to show, or null. */
  error: string | null
  loading: boolean
  reload: () => Promise<void>
}

/**
 * Loads one remote value for a screen. `load === null` means "nothing to load yet" (e.g. the
 * campaign id is still unknown). Answers to superseded requests are dropped, so a slow first
 * response cannot overwrite a newer one.
 */
export function useRemote<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): RemoteState<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(load !== null)
  const generation = useRef(0)

  // The caller lists what `load` depends on, as with useEffect.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useMemo(() => load, deps)

  const reload = useCallback(async () => {
    if (run === null) return
    const mine = ++generation.current
    setLoading(true)
    setError(null)
    try {
      const value = await run()
      if (mine === generation.current) setData(value)
    } catch (e) {
      if (mine === generation.current) setError(describeError(e))
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, [run])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}
