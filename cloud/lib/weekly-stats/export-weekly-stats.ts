import type { TExportResponse } from '../../../types/api/common'
import type { TWeeklyStatsActionRequest } from '../../../types/api/weekly-stats'
import { computeTotals } from '../../../types/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { buildStatsWorkbook, type TStatsPictureImage } from './build-stats-workbook'
import { loadStatsReturn, type TLoadedReturn } from './load-stats-return'
import { tableTitle } from './table-title'
import type { TPictureRow } from './repository'

/** The EXIF-free copies (JPEG) with their size, for placing them; missing files are left out. */
async function readPictures(pictures: TPictureRow[]): Promise<TStatsPictureImage[]> {
  const storage = getPhotoStorage()
  const read = await Promise.all(
    pictures.map(async (picture) => {
      if (!picture.display_path || !picture.width || !picture.height) return null
      const bytes = await storage.read(picture.display_path).catch(() => null)
      return bytes ? { bytes, width: picture.width, height: picture.height } : null
    }),
  )
  return read.filter((picture): picture is TStatsPictureImage => picture !== null)
}

export function exportFileName(loaded: Pick<TLoadedReturn, 'unit' | 'deadline' | 'period'>): string {
  const safe = loaded.unit.name.replace(/[\\/:*?"<>|\s]+/g, '')
  return loaded.deadline.kind === 'summary'
    ? `${safe}-活动总结统计表.xlsx`
    : `${safe}-${loaded.period.label.split('—').pop() ?? ''}活动开展情况统计表.xlsx`
}

/**
 * The return as the .xlsx the notice asks for (the figures as sent once submitted, live before),
 * stored and handed out as a short-lived link.
 */
export async function exportWeeklyStats(session: TSessionClaims, unitId: string, request: TWeeklyStatsActionRequest): Promise<TExportResponse> {
  const loaded = await withUserTx(session, (tx) => loadStatsReturn(tx, unitId, request.deadlineId))
  const bytes = await buildStatsWorkbook({
    title: tableTitle(loaded.unit),
    unitName: loaded.unit.name,
    kind: loaded.deadline.kind,
    periodLabel: loaded.period.label,
    rows: loaded.rows,
    totals: computeTotals(loaded.rows),
    contactName: loaded.header?.contact_name ?? '',
    contactPhone: loaded.header?.contact_phone ?? '',
    body: loaded.header?.body ?? '',
    pictures: await readPictures(loaded.pictures),
  })
  return storeExport(loaded.unit.campaign_id, exportFileName(loaded), bytes, XLSX_CONTENT_TYPE)
}
