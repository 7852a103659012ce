import type { TExportResponse } from '../../../types/api/common'
import type { TShowcaseExportRequest } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { buildShowcaseWorkbook } from './build-showcase-workbook'
import { exportBaseName, loadExportSource } from './load-export'
import { folderNames, pictureFileName, sheetNames } from './package-names'
import { toForm } from './to-application'

/** 附件1 as an .xlsx (one sheet per project), naming the files of the separate picture package. */
export async function exportShowcaseWorkbook(session: TSessionClaims, request: TShowcaseExportRequest): Promise<TExportResponse> {
  const source = await loadExportSource(session, request)
  const names = source.applications.map((a) => a.row.project_name)
  const folders = folderNames(names)
  const projects = source.applications.map((a, i) => ({
    form: toForm(a.row),
    folder: folders[i] ?? '',
    pictureFiles: a.pictures.map((p) => pictureFileName(p.showcase_position, p.mime_type ?? 'image/jpeg')),
  }))
  const bytes = await buildShowcaseWorkbook(source.unit.campaignYear, projects, sheetNames(names))
  const fileName = `${exportBaseName(source, Boolean(request.applicationId))}-启动仪式现场展示项目申报表.xlsx`
  return storeExport(source.unit.campaignId, fileName, bytes, XLSX_CONTENT_TYPE)
}
