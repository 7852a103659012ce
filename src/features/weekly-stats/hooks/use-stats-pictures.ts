import { useCallback, useState } from 'react'
import type { TStatsPicture } from '../../../../types/api/weekly-stats'
import { MAX_PICTURES } from '../../../../types/weekly-stats'
import { describeError } from '../../../shared/api-error'
import { chooseImages, releaseImage, type LocalImage } from '../../../shared/choose-images'
import { confirmAction, showNotice } from '../../../shared/modal'
import { UPLOAD_PROGRESS_REPORTED } from '../../../shared/put-to-signed-url'
import { showMessage } from '../../../shared/toast'
import { checkPicture, uploadPicture } from '../../../shared/upload-picture'
import { addStatsPicture, removeStatsPicture } from '../api/weekly-stats-api'

export interface PendingStatsPicture {
  key: string
  image: LocalImage
  /** 0–1 of the bytes sent; null where the platform does not report it. */
  progress: number | null
  stage: 'waiting' | 'uploading' | 'saving' | 'failed'
  message: string | null
}

/**
 * 新闻稿 pictures: checked on the phone (format, size), uploaded one at a time straight to storage
 * with their progress, then recorded with the return; removable while it is a draft.
 */
export function useStatsPictures(
  unitId: string | undefined,
  target: { deadlineId: string; count: number } | undefined,
  onChanged: (pictures: TStatsPicture[]) => void,
) {
  const [pending, setPending] = useState<PendingStatsPicture[]>([])
  const [working, setWorking] = useState(false)
  const update = (key: string, change: Partial<PendingStatsPicture>) =>
    setPending((previous) => previous.map((p) => (p.key === key ? { ...p, ...change } : p)))

  const choose = useCallback(async () => {
    if (!unitId || !target) return
    const room = MAX_PICTURES - target.count - pending.filter((p) => p.stage !== 'failed').length
    if (room <= 0) {
      showMessage(`最多 ${MAX_PICTURES} 张图片，请先删除不需要的`)
      return
    }
    const choice = await chooseImages(Math.min(room, 9))
    if (choice.status === 'failed') showMessage(choice.message)
    if (choice.status !== 'chosen') return
    const accepted: Array<PendingStatsPicture & { contentType: string }> = []
    const refused: string[] = []
    for (const [i, image] of choice.images.entries()) {
      const check = await checkPicture(image, 'submission_picture')
      if (check.ok) {
        accepted.push({ key: `${Date.now()}-${i}`, image, progress: UPLOAD_PROGRESS_REPORTED ? 0 : null, stage: 'waiting', message: null, contentType: check.contentType })
      } else {
        refused.push(choice.images.length > 1 ? `第 ${i + 1} 张：${check.message}` : check.message)
        releaseImage(image)
      }
    }
    if (refused.length > 0) void showNotice('有图片不能使用', refused.join('\n'))
    if (accepted.length === 0) return
    setPending((previous) => [...previous, ...accepted])
    setWorking(true)
    for (const item of accepted) {
      update(item.key, { stage: 'uploading' })
      try {
        const path = await uploadPicture(unitId, 'submission_picture', item.image, item.contentType, (p) =>
          update(item.key, { progress: p.total > 0 ? p.sent / p.total : null }),
        )
        update(item.key, { stage: 'saving', progress: 1 })
        onChanged((await addStatsPicture(unitId, target.deadlineId, path)).pictures)
        setPending((previous) => previous.filter((p) => p.key !== item.key))
        releaseImage(item.image)
      } catch (error) {
        update(item.key, { stage: 'failed', message: describeError(error) })
      }
    }
    setWorking(false)
  }, [unitId, target, pending, onChanged])

  const dismiss = useCallback((key: string) => {
    setPending((previous) => {
      const item = previous.find((p) => p.key === key)
      if (item) releaseImage(item.image)
      return previous.filter((p) => p.key !== key)
    })
  }, [])

  const remove = useCallback(
    async (pictureId: string) => {
      if (!unitId || !target) return
      if (!(await confirmAction({ title: '删除图片', content: '删除后不能恢复。', confirmText: '删除' }))) return
      setWorking(true)
      try {
        onChanged((await removeStatsPicture(unitId, target.deadlineId, pictureId)).pictures)
      } catch (error) {
        showMessage(describeError(error))
      } finally {
        setWorking(false)
      }
    },
    [unitId, target, onChanged],
  )

  return { pending, working, choose, dismiss, remove }
}
