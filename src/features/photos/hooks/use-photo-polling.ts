import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TPhoto } from '../../../../types/api/photos'
import { getPhoto } from '../api/get-photo'
import { isChecking } from '../describe-photo'

const POLL_EVERY_MS = 1500
/** After this the page stops asking and says 稍后刷新查看 (the check goes on on the server). */
const GIVE_UP_AFTER_MS = 60_000

export interface PhotoPolling {
  /** Starts asking for this photo's verdict if its check has not ended. */
  watch: (photo: TPhoto) => void
  /** Photos whose check took longer than we wait. */
  slow: ReadonlySet<string>
  /** Forget the slow ones (a refresh watches them again). */
  reset: () => void
  /** Stop asking about a photo (it was deleted). */
  forget: (photoId: string) => void
}

/** Asks for each unfinished photo every 1.5 s until it has a verdict; paused while the page is hidden. */
export function usePhotoPolling(onPhoto: (photo: TPhoto) => void): PhotoPolling {
  const watched = useRef(new Map<string, number>())
  const inFlight = useRef(new Set<string>())
  const active = useRef(true)
  const latestOnPhoto = useRef(onPhoto)
  latestOnPhoto.current = onPhoto
  const [slow, setSlow] = useState<ReadonlySet<string>>(new Set())

  const watch = useCallback((photo: TPhoto) => {
    if (isChecking(photo.status) && !watched.current.has(photo.id)) watched.current.set(photo.id, Date.now())
  }, [])
  const reset = useCallback(() => setSlow(new Set()), [])
  const forget = useCallback((photoId: string) => {
    watched.current.delete(photoId)
  }, [])

  useEffect(() => {
    const timer = setInterval(() => {
      if (!active.current) return
      for (const [id, since] of watched.current) {
        if (Date.now() - since > GIVE_UP_AFTER_MS) {
          watched.current.delete(id)
          setSlow((previous) => new Set(previous).add(id))
        } else if (!inFlight.current.has(id)) {
          inFlight.current.add(id)
          getPhoto(id)
            .then((photo) => {
              if (!isChecking(photo.status)) watched.current.delete(id)
              latestOnPhoto.current(photo)
            })
            // A failed poll is retried on the next tick, until we give up.
            .catch(() => undefined)
            .finally(() => inFlight.current.delete(id))
        }
      }
    }, POLL_EVERY_MS)
    return () => clearInterval(timer)
  }, [])

  useDidHide(() => {
    active.current = false
  })
  useDidShow(() => {
    active.current = true
  })

  return { watch, slow, reset, forget }
}
