import { useCallback, useState } from 'react'
import { SHOWCASE_PICTURE_COUNT, type TShowcaseApplication } from '../../../../types/api/showcase'
import { describeError } from '../../../shared/api-error'
import { chooseImages, releaseImage, type LocalImage } from '../../../shared/choose-images'
import { showNotice } from '../../../shared/modal'
import { UPLOAD_PROGRESS_REPORTED } from '../../../shared/put-to-signed-url'
import { showMessage } from '../../../shared/toast'
import { checkPicture, uploadPicture } from '../../../shared/upload-picture'
import { addShowcasePicture, removeShowcasePicture, reorderShowcasePictures } from '../api/showcase-pictures'

export interface PendingPicture {
  key: string
  image: LocalImage
  /** 0–1 of the bytes sent; null where the platform does not report it. */
  progress: number | null
  stage: 'waiting' | 'uploading' | 'saving' | 'failed'
  message: string | null
}

/**
 * The five picture slots: pictures are checked on the phone (≥ 1 MB, JPG/PNG) before anything is
 * sent, then uploaded one at a time with their progress, then claimed by the application.
 */
export function useShowcasePictures(unitId: string | undefined, application: TShowcaseApplication | undefined, onChanged: (a: TShowcaseApplication) => void) {
  const [pending, setPending] = useState<PendingPicture[]>([])
  const [working, setWorking] = useState(false)
  const update = (key: string, change: Partial<PendingPicture>) =>
    setPending((previous) => previous.map((p) => (p.key === key ? { ...p, ...change } : p)))

  const choose = useCallback(async () => {
    if (!unitId || !application) return
    const room = SHOWCASE_PICTURE_COUNT - application.pictures.length - pending.filter((p) => p.stage !== 'failed').length
    if (room <= 0) {
      showMessage(`已有 ${SHOWCASE_PICTURE_COUNT} 张图片，请先删除一张`)
      return
    }
    const choice = await chooseImages(room)
    if (choice.status === 'failed') showMessage(choice.message)
    if (choice.status !== 'chosen') return
    const accepted: (PendingPicture & { contentType: string })[] = []
    const refused: string[] = []
    for (const [i, image] of choice.images.entries()) {
      const check = await checkPicture(image, 'showcase_picture')
      if (check.ok) {
        accepted.push({ key: `${Date.now()}-${i}`, image, progress: UPLOAD_PROGRESS_REPORTED ? 0 : null, stage: 'waiting', message: null, contentType: check.contentType })
      } else {
        refused.push(choice.images.length > 1 ? `第 ${i + 1} 张：${check.message}` : check.message)
        releaseImage(image)
      }
    }
    // Said before anything is uploaded, so the person can pick the originals right away.
    if (refused.length > 0) void showNotice('有图片不能使用', refused.join('\n'))
    if (accepted.length === 0) return
    setPending((previous) => [...previous, ...accepted])
    setWorking(true)
    for (const item of accepted) {
      update(item.key, { stage: 'uploading' })
      try {
        const path = await uploadPicture(unitId, 'showcase_picture', item.image, item.contentType, (p) =>
          update(item.key, { progress: p.total > 0 ? p.sent / p.total : null }),
        )
        update(item.key, { stage: 'saving', progress: 1 })
        onChanged(await addShowcasePicture(application.id, path))
        setPending((previous) => previous.filter((p) => p.key !== item.key))
        releaseImage(item.image)
      } catch (error) {
        update(item.key, { stage: 'failed', message: describeError(error) })
      }
    }
    setWorking(false)
  }, [unitId, application, pending, onChanged])

  const dismiss = useCallback((key: string) => {
    setPending((previous) => {
      const item = previous.find((p) => p.key === key)
      if (item) releaseImage(item.image)
      return previous.filter((p) => p.key !== key)
    })
  }, [])

  const act = useCallback(
    async (work: () => Promise<TShowcaseApplication>) => {
      setWorking(true)
      try {
        onChanged(await work())
      } catch (error) {
        showMessage(describeError(error))
      } finally {
        setWorking(false)
      }
    },
    [onChanged],
  )

  const remove = useCallback(
    (pictureId: string) => (application ? act(() => removeShowcasePicture(application.id, pictureId)) : Promise.resolve()),
    [application, act],
  )

  /** Moves a picture one place earlier in the package (2.jpg → 1.jpg). */
  const moveEarlier = useCallback(
    (pictureId: string) => {
      if (!application) return Promise.resolve()
      const ids = application.pictures.map((p) => p.id)
      const at = ids.indexOf(pictureId)
      if (at <= 0) return Promise.resolve()
      ;[ids[at - 1], ids[at]] = [ids[at]!, ids[at - 1]!]
      return act(() => reorderShowcasePictures(application.id, ids))
    },
    [application, act],
  )

  return { pending, working, choose, dismiss, remove, moveEarlier }
}
