import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { showMessage } from '../../../shared/toast'
import { useRemote } from '../../../shared/use-remote'
import { createShowcase } from '../api/create-showcase'
import { listShowcase } from '../api/list-showcase'
import { openShowcase } from '../navigation'

/** The unit's projects; refreshed when the page shows again (after editing one). */
export function useShowcaseList(unitId: string | undefined) {
  const list = useRemote(unitId ? () => listShowcase(unitId) : null, [unitId])
  const [creating, setCreating] = useState(false)
  const shownOnce = useRef(false)
  useDidShow(() => {
    // The first show is the first load; later ones come back from a project's form.
    if (shownOnce.current) void list.reload()
    shownOnce.current = true
  })

  const create = useCallback(async () => {
    if (!unitId) return
    setCreating(true)
    try {
      const created = await createShowcase(unitId)
      openShowcase(unitId, created.id)
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setCreating(false)
    }
  }, [unitId])

  return { ...list, creating, create }
}
