import { useCallback } from 'react'
import { REPORT_LIMITS, type TReport } from '../../../../types/api/reports'
import { describeError } from '../../../shared/api-error'
import { showMessage } from '../../../shared/toast'
import { usePictureUploads } from '../../../shared/use-picture-uploads'
import { addReportPicture, captionReportPicture, removeReportPicture } from '../api/report'

/** A report's pictures: checked on the phone, uploaded one at a time with progress, captioned, removed. */
export function useReportPictures(unitId: string | undefined, report: TReport | null, ensureReport: () => Promise<TReport | null>, onChanged: (r: TReport) => void) {
  const { pending, working, chooseAndUpload, dismiss, run } = usePictureUploads<TReport>('report_picture', onChanged)

  const choose = useCallback(async () => {
    if (!unitId) return
    const room = REPORT_LIMITS.pictures - (report?.pictures.length ?? 0)
    if (room <= 0) {
      showMessage(`每份报告最多 ${REPORT_LIMITS.pictures} 张图片`)
      return
    }
    // The report is created (as a draft) only once pictures were actually chosen.
    await chooseAndUpload(unitId, Math.min(9, room), async () => {
      const target = await ensureReport().catch((error: unknown) => {
        showMessage(describeError(error))
        return null
      })
      return target ? (path) => addReportPicture(target.id, path) : null
    })
  }, [unitId, report, ensureReport, chooseAndUpload])

  const caption = useCallback(
    (pictureId: string, text: string) => (report ? run(() => captionReportPicture(report.id, pictureId, text)) : Promise.resolve()),
    [report, run],
  )
  const remove = useCallback((pictureId: string) => (report ? run(() => removeReportPicture(report.id, pictureId)) : Promise.resolve()), [report, run])

  return { pending, working, choose, dismiss, caption, remove }
}
