import { useCallback, useState } from 'react'
import { REPORT_LIMITS, type TReport } from '../../../../types/api/reports'
import { describeError } from '../../../shared/api-error'
import { chooseImages, releaseImage, type LocalImage } from '../../../shared/choose-images'
import { showNotice } from '../../../shared/modal'
import { UPLOAD_PROGRESS_REPORTED } from '../../../shared/put-to-signed-url'
import { showMessage } from '../../../shared/toast'
import { checkPicture, uploadPicture } from '../../../shared/upload-picture'
import { addReportPicture, captionReportPicture, removeReportPicture } from '../api/report'

export interface PendingReportPicture {
  key: string
  image: LocalImage
  progress: number | null
  stage: 'waiting' | 'uploading' | 'saving' | 'failed'
  message: string | null
}

/** A report's pictures: checked on the phone, uploaded one at a time with progress, captioned, removed. */
export function useReportPictures(unitId: string | undefined, report: TReport | null, ensureReport: () => Promise<TReport | null>, onChanged: (r: TReport) => void) {
  const [pending, setPending] = useState<PendingReportPicture[]>([])
  const [working, setWorking] = useState(false)
  const update = (key: string, change: Partial<PendingReportPicture>) =>
    setPending((previous) => previous.map((p) => (p.key === key ? { ...p, ...change } : p)))

  const choose = useCallback(async () => {
    if (!unitId) return
    const room = REPORT_LIMITS.pictures - (report?.pictures.length ?? 0)
    if (room <= 0) {
      showMessage(`每份报告最多 ${REPORT_LIMITS.pictures} 张图片`)
      return
    }
    const choice = await chooseImages(Math.min(9, room))
    if (choice.status === 'failed') showMessage(choice.message)
    if (choice.status !== 'chosen') return
    const target = await ensureReport().catch((error: unknown) => {
      showMessage(describeError(error))
      return null
    })
    if (!target) {
      choice.images.forEach(releaseImage)
      return
    }
    const accepted: (PendingReportPicture & { contentType: string })[] = []
    const refused: string[] = []
    for (const [i, image] of choice.images.entries()) {
      const check = await checkPicture(image, 'report_picture')
      if (check.ok) accepted.push({ key: `${Date.now()}-${i}`, image, progress: UPLOAD_PROGRESS_REPORTED ? 0 : null, stage: 'waiting', message: null, contentType: check.contentType })
      else {
        refused.push(choice.images.length > 1 ? `第 ${i + 1} 张：${check.message}` : check.message)
        releaseImage(image)
      }
    }
    if (refused.length > 0) void showNotice('有图片不能使用', refused.join('\n'))
    setPending((previous) => [...previous, ...accepted])
    setWorking(true)
    for (const item of accepted) {
      update(item.key, { stage: 'uploading' })
      try {
        const path = await uploadPicture(unitId, 'report_picture', item.image, item.contentType, (p) => update(item.key, { progress: p.total > 0 ? p.sent / p.total : null }))
        update(item.key, { stage: 'saving', progress: 1 })
        onChanged(await addReportPicture(target.id, path))
        setPending((previous) => previous.filter((p) => p.key !== item.key))
        releaseImage(item.image)
      } catch (error) {
        update(item.key, { stage: 'failed', message: describeError(error) })
      }
    }
    setWorking(false)
  }, [unitId, report, ensureReport, onChanged])

  const dismiss = useCallback((key: string) => {
    setPending((previous) => {
      const item = previous.find((p) => p.key === key)
      if (item) releaseImage(item.image)
      return previous.filter((p) => p.key !== key)
    })
  }, [])

  const act = useCallback(
    async (work: () => Promise<TReport>) => {
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

  const caption = useCallback(
    (pictureId: string, text: string) => (report ? act(() => captionReportPicture(report.id, pictureId, text)) : Promise.resolve()),
    [report, act],
  )
  const remove = useCallback((pictureId: string) => (report ? act(() => removeReportPicture(report.id, pictureId)) : Promise.resolve()), [report, act])

  return { pending, working, choose, dismiss, caption, remove }
}
