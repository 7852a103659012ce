import { useCallback, useState } from 'react'
import { describeError } from './api-error'
import { chooseImages, releaseImage, type LocalImage } from './choose-images'
import { showNotice } from './modal'
import { UPLOAD_PROGRESS_REPORTED } from './put-to-signed-url'
import { showMessage } from './toast'
import { checkPicture, uploadPicture, type TPicturePurpose } from './upload-picture'

/** A chosen picture on its way to its owner, shown with its stage until it is recorded. */
export interface PendingPicture {
  key: string
  image: LocalImage
  /** 0–1 of the bytes sent; null where the platform does not report it. */
  progress: number | null
  stage: 'waiting' | 'uploading' | 'saving' | 'failed'
  message: string | null
}

export const PENDING_STAGE_TEXT: Record<PendingPicture['stage'], string> = { waiting: '等待上传', uploading: '上传中', saving: '保存中', failed: '上传失败' }

/** "上传中 42%" while the bytes go (where the platform reports them), else the stage alone. */
export function describePendingStage(item: PendingPicture): string {
  const percent = item.stage === 'uploading' && item.progress !== null ? ` ${Math.round(item.progress * 100)}%` : ''
  return `${PENDING_STAGE_TEXT[item.stage]}${percent}`
}

/** Records one uploaded picture (its storage path) with its owner and answers the owner's new state. */
export type TRecordPicture<TOwner> = (path: string) => Promise<TOwner>

/**
 * Pictures on their way from the phone to their owner (a report, a showcase application, a weekly
 * return): checked on the phone (format, size) before anything is sent, so the person can pick
 * the originals at once; uploaded one at a time straight to storage with their progress; then
 * recorded by the owner. A failed one stays, with its reason, until dismissed. `onChanged` gets
 * the owner's new state after every change.
 */
export function usePictureUploads<TOwner>(purpose: TPicturePurpose, onChanged: (owner: TOwner) => void) {
  const [pending, setPending] = useState<PendingPicture[]>([])
  const [working, setWorking] = useState(false)
  const update = (key: string, change: Partial<PendingPicture>) =>
    setPending((previous) => previous.map((p) => (p.key === key ? { ...p, ...change } : p)))

  /** Pictures still on their way (not failed): they take up room as saved ones do. */
  const inFlight = pending.filter((p) => p.stage !== 'failed').length

  /**
   * Lets the person choose up to `max` pictures and uploads them. Once pictures are chosen, `open`
   * answers what records each one (it may first create the owner, e.g. a report's draft); null
   * stops with nothing uploaded.
   */
  const chooseAndUpload = useCallback(
    async (unitId: string, max: number, open: () => Promise<TRecordPicture<TOwner> | null>) => {
      const choice = await chooseImages(max)
      if (choice.status === 'failed') showMessage(choice.message)
      if (choice.status !== 'chosen') return
      const record = await open()
      if (!record) {
        choice.images.forEach(releaseImage)
        return
      }
      const accepted: (PendingPicture & { contentType: string })[] = []
      const refused: string[] = []
      for (const [i, image] of choice.images.entries()) {
        const check = await checkPicture(image, purpose)
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
          const path = await uploadPicture(unitId, purpose, item.image, item.contentType, (p) => update(item.key, { progress: p.total > 0 ? p.sent / p.total : null }))
          update(item.key, { stage: 'saving', progress: 1 })
          onChanged(await record(path))
          setPending((previous) => previous.filter((p) => p.key !== item.key))
          releaseImage(item.image)
        } catch (error) {
          update(item.key, { stage: 'failed', message: describeError(error) })
        }
      }
      setWorking(false)
    },
    [purpose, onChanged],
  )

  /** Drops a failed picture from the list. */
  const dismiss = useCallback((key: string) => {
    setPending((previous) => {
      const item = previous.find((p) => p.key === key)
      if (item) releaseImage(item.image)
      return previous.filter((p) => p.key !== key)
    })
  }, [])

  /** One change to the saved pictures (remove, caption, reorder): busy meanwhile, its error shown. */
  const run = useCallback(
    async (work: () => Promise<TOwner>) => {
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

  return { pending, working, inFlight, chooseAndUpload, dismiss, run }
}
