import { useCallback, useEffect, useState } from 'react'
import type { TPrivacyOverviewResponse } from '../../../../types/api/privacy'
import { describeError } from '../../../shared/api-error'
import { getPrivacyOverview } from '../api/privacy-api'

/** The privacy page's state for a signed-in person; `replace` takes a fresh answer from an action. */
export function usePrivacy(enabled: boolean) {
  const [data, setData] = useState<TPrivacyOverviewResponse | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    setError(null)
    try {
      setData(await getPrivacyOverview())
    } catch (e) {
      setError(describeError(e))
    }
  }, [])
  useEffect(() => {
    if (enabled) void reload()
  }, [enabled, reload])
  return { data, error, reload, replace: setData }
}
