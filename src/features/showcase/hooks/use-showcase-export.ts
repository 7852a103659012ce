import { useCallback, useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { openDownload } from '../../../shared/open-download'
import { showMessage } from '../../../shared/toast'
import { exportShowcase } from '../api/export-showcase'

export type TShowcaseExport = 'form' | 'pictures'

/** 导出申报表 (.xlsx) and 导出图片包 (.zip): the unit's projects, or one of them. */
export function useShowcaseExport(unitId: string | undefined) {
  const [exporting, setExporting] = useState<TShowcaseExport | null>(null)
  const download = useCallback(
    async (what: TShowcaseExport, applicationId?: string) => {
      if (!unitId || exporting) return
      setExporting(what)
      try {
        await openDownload(await exportShowcase(unitId, what, applicationId))
      } catch (error) {
        showMessage(describeError(error))
      } finally {
        setExporting(null)
      }
    },
    [unitId, exporting],
  )
  return { exporting, download }
}
