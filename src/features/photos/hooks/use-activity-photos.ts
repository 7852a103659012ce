import { useCallback, useEffect, useRef, useState } from 'react'
import type { TPhoto } from '../../../../types/api/photos'
import { describeError } from '../../../shared/api-error'
import { chooseImages, releaseImage, type LocalImage } from '../../../shared/choose-images'
import { UPLOAD_PROGRESS_REPORTED } from '../../../shared/put-to-signed-url'
import { showMessage } from '../../../shared/toast'
import { useRemote } from '../../../shared/use-remote'
import { listPhotos } from '../api/list-photos'
import type { TPhotoContentType } from '../check-photo-file'
import { inspectImage, uploadPhoto } from '../upload-photo'
import { usePhotoPolling } from './use-photo-polling'

/** WeChat's chooser allows up to 9 at a time. */
const MAX_PER_CHOICE = 9

/** Progress events closer together than this are not drawn (a fast link sends hundreds). */
const PROGRESS_EVERY_MS = 120

export interface PendingUpload {
  key: string
  image: LocalImage
  contentType: TPhotoContentType
  /** waiting (in line) → preparing (asking where) → uploading (bytes going) → checking → gone, or failed. */
  stage: 'waiting' | 'preparing' | 'uploading' | 'checking' | 'failed'
  /** Bytes sent so far, where the platform reports them (H5); null otherwise. */
  sent: number | null
  /** When the bytes started going (Date.now()), for the elapsed time beside an indeterminate bar. */
  startedAt: number | null
  /** Why it failed, in Chinese. */
  message: string | null
}

/** An activity's photos: the list, uploads in progress (one at a time, each with its own progress), and verdicts as they arrive. */
export function useActivityPhotos(activityId: string | undefined) {
  const list = useRemote(activityId ? () => listPhotos(activityId) : null, [activityId])
  const [photos, setPhotos] = useState<TPhoto[]>([])
  const [pending, setPending] = useState<PendingUpload[]>([])
  const queue = useRef(Promise.resolve())
  const keys = useRef(0)

  const upsert = useCallback((photo: TPhoto) => {
    setPhotos((previous) => (previous.some((p) => p.id === photo.id) ? previous.map((p) => (p.id === photo.id ? photo : p)) : [photo, ...previous]))
  }, [])
  const polling = usePhotoPolling(upsert)

  useEffect(() => {
    if (!list.data) return
    const fresh = list.data.items
    // The list wins for what it has; a photo recorded while it loaded stays.
    setPhotos((previous) => [...previous.filter((p) => !fresh.some((f) => f.id === p.id)), ...fresh])
    fresh.forEach(polling.watch)
  }, [list.data, polling.watch])

  const update = useCallback((key: string, change: Partial<PendingUpload>) => {
    setPending((previous) => previous.map((item) => (item.key === key ? { ...item, ...change } : item)))
  }, [])

  const runUploads = useCallback(
    async (id: string, items: PendingUpload[]) => {
      let anyFailed = false
      for (const item of items) {
        update(item.key, { stage: 'preparing' })
        let drawnAt = 0
        try {
          const photo = await uploadPhoto(id, item.image, item.contentType, {
            onSending: () => update(item.key, { stage: 'uploading', startedAt: Date.now(), sent: UPLOAD_PROGRESS_REPORTED ? 0 : null }),
            onProgress: ({ sent }) => {
              if (Date.now() - drawnAt < PROGRESS_EVERY_MS && sent < item.image.byteSize) return
              drawnAt = Date.now()
              update(item.key, { sent })
            },
            onUploaded: () => update(item.key, { stage: 'checking', sent: UPLOAD_PROGRESS_REPORTED ? item.image.byteSize : null }),
          })
          setPending((previous) => previous.filter((p) => p.key !== item.key))
          releaseImage(item.image)
          upsert(photo)
          polling.watch(photo)
        } catch (error) {
          anyFailed = true
          const message = describeError(error)
          update(item.key, { stage: 'failed', message })
          showMessage(message)
        }
      }
      // A timed-out record may still have been saved on the server: the list will show it.
      if (anyFailed) await list.reload()
    },
    [update, upsert, polling.watch, list.reload],
  )

  const choose = useCallback(async () => {
    if (!activityId) return
    const choice = await chooseImages(MAX_PER_CHOICE)
    if (choice.status === 'failed') showMessage(choice.message)
    if (choice.status !== 'chosen') return
    const accepted: PendingUpload[] = []
    const rejected: string[] = []
    for (const image of choice.images) {
      const check = await inspectImage(image)
      if (check.ok) {
        accepted.push({ key: `upload-${(keys.current += 1)}`, image, contentType: check.contentType, stage: 'waiting', sent: null, startedAt: null, message: null })
      }
      else {
        rejected.push(check.message)
        releaseImage(image)
      }
    }
    if (rejected.length > 0) showMessage(rejected.length === 1 ? (rejected[0] ?? '') : `${rejected.length} 张照片未上传：${rejected[0] ?? ''}`)
    if (accepted.length === 0) return
    // Shown newest-last above the results, so each lands right below where it stood.
    setPending((previous) => [...[...accepted].reverse(), ...previous])
    queue.current = queue.current.then(() => runUploads(activityId, accepted))
  }, [activityId, runUploads])

  const dismiss = useCallback(
    (key: string) => {
      pending.filter((p) => p.key === key).forEach((p) => releaseImage(p.image))
      setPending((previous) => previous.filter((p) => p.key !== key))
    },
    [pending],
  )

  const reload = useCallback(async () => {
    polling.reset()
    await list.reload()
  }, [polling.reset, list.reload])

  /** After a delete: gone from the list, and no more polling for it. */
  const drop = useCallback(
    (photoId: string) => {
      polling.forget(photoId)
      setPhotos((previous) => previous.filter((p) => p.id !== photoId))
    },
    [polling.forget],
  )

  return {
    photos,
    pending,
    /** The activity's unit (for the hand-in link) and when uploads open (the activity's start). */
    unitId: list.data?.unitId,
    uploadOpensAt: list.data?.uploadOpensAt,
    drop,
    slow: polling.slow,
    loaded: list.data !== undefined,
    error: list.error,
    reload,
    choose,
    dismiss,
  }
}
