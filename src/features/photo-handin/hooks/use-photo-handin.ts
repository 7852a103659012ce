import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TUnitPhotosResponse } from '../../../../types/api/photos'
import { describeError } from '../../../shared/api-error'
import { confirmAction } from '../../../shared/modal'
import { showMessage, showSuccess } from '../../../shared/toast'
import { useRemote } from '../../../shared/use-remote'
import { useDeletePhoto } from '../../photos/hooks/use-delete-photo'
import { getUnitPhotos, submitPhotoHandin, withdrawPhotoHandin } from '../api/photo-handin'
import { initialSelection, isSelectable } from '../describe-handin'

/**
 * The photo hand-in page's state: the unit's photos and return (from the server), which photos
 * are chosen, and submit / withdraw / delete, each after a confirmation.
 */
export function usePhotoHandin(unitId: string | undefined) {
  const remote = useRemote(unitId ? () => getUnitPhotos(unitId) : null, [unitId])
  const [page, setPage] = useState<TUnitPhotosResponse | undefined>(undefined)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState<'submit' | 'withdraw' | null>(null)

  // Every answer from the server (load, submit, withdraw) resets the choice to what it says.
  const apply = useCallback((next: TUnitPhotosResponse) => {
    setPage(next)
    setSelected(initialSelection(next))
  }, [])
  useEffect(() => {
    if (remote.data) apply(remote.data)
  }, [remote.data, apply])

  const locked = page ? page.submission?.status === 'submitted' || page.submission?.status === 'accepted' : true

  const toggle = useCallback(
    (photoId: string) => {
      if (locked) return
      setSelected((previous) => {
        const next = new Set(previous)
        if (next.has(photoId)) next.delete(photoId)
        else next.add(photoId)
        return next
      })
    },
    [locked],
  )

  const chosen = useMemo(
    () => (page ? page.activities.flatMap((a) => a.photos.filter((p) => selected.has(p.id) && isSelectable(p, a))) : []),
    [page, selected],
  )

  const submit = useCallback(async () => {
    if (!unitId || chosen.length === 0) return
    const review = chosen.filter((p) => p.status === 'needs_review').length
    const confirmed = await confirmAction({
      title: `提交 ${chosen.length} 张照片？`,
      content: `${review > 0 ? `其中 ${review} 张待组织方复核，由组织方决定是否采用。` : ''}截止前可以撤回后修改。`,
      confirmText: '提交',
      cancelText: '再看看',
    })
    if (!confirmed) return
    setBusy('submit')
    try {
      apply(await submitPhotoHandin(unitId, chosen.map((p) => p.id)))
      showSuccess('已提交')
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(null)
    }
  }, [unitId, chosen, apply])

  const withdraw = useCallback(async () => {
    if (!unitId) return
    const confirmed = await confirmAction({ title: '撤回本单位照片？', content: '撤回后可以重新选择照片，截止前需要再次提交。', confirmText: '撤回', cancelText: '取消' })
    if (!confirmed) return
    setBusy('withdraw')
    try {
      apply(await withdrawPhotoHandin(unitId))
      showSuccess('已撤回')
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(null)
    }
  }, [unitId, apply])

  const deletion = useDeletePhoto(
    useCallback((photoId: string) => {
      setPage((previous) => previous && { ...previous, activities: previous.activities.map((a) => ({ ...a, photos: a.photos.filter((p) => p.id !== photoId) })) })
      setSelected((previous) => new Set([...previous].filter((id) => id !== photoId)))
    }, []),
  )

  return { page, error: remote.error, reload: remote.reload, selected, locked, chosen, toggle, submit, withdraw, busy, deletion }
}
