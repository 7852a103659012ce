import type { Worksheet } from 'exceljs'
import type { TShowcaseFormsExportRequest } from '../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../types/api/common'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { newWorkbook, workbookBytes } from '../excel/new-workbook'
import { a4OnePageWide, BODY_FONT, THIN_BORDER } from '../excel/sheet-style'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { writeShowcaseSheets } from '../showcase/build-showcase-workbook'
import { sheetNames } from '../showcase/package-names'
import { shanghaiMinute } from '../time/shanghai'
import { resolveExportScope, safeFileName } from './resolve-export-scope'
import { gatherShowcaseProjects, type TGatheredProject } from './showcase-projects'

const STATUS_LABELS = { submitted: '已提交', accepted: '已采用' } as const
const INDEX_HEADS = ['序号', '县区（功能板块）', '单位（组织）', '项目名称', '图片（张）', '图片包中的位置', '状态', '提交时间']
const INDEX_WIDTHS = [6, 16, 28, 30, 9, 40, 8, 17]

/** 目录: one line per project, its name a link to its sheet, where its pictures are in the package. */
function writeIndex(sheet: Worksheet, projects: TGatheredProject[], names: string[], title: string): void {
  sheet.columns = INDEX_WIDTHS.map((width) => ({ width }))
  sheet.mergeCells(1, 1, 1, INDEX_HEADS.length)
  sheet.getCell(1, 1).value = title
  sheet.getCell(1, 1).font = { ...BODY_FONT, size: 14, bold: true }
  sheet.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 30
  INDEX_HEADS.forEach((head, i) => {
    const cell = sheet.getCell(2, i + 1)
    cell.value = head
    cell.font = { ...BODY_FONT, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = THIN_BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  })
  projects.forEach((project, i) => {
    const { row } = project
    const r = 3 + i
    const values = [
      i + 1,
      row.district_name ?? '未分区',
      row.unit_name,
      { text: row.project_name, hyperlink: `#'${names[i] ?? ''}'!A1` },
      project.pictures.length,
      project.pictures.length > 0 ? `${project.folder}/` : '（未上传图片）',
      STATUS_LABELS[row.status],
      row.submitted_at ? shanghaiMinute(row.submitted_at) : '',
    ]
    values.forEach((value, c) => {
      const cell = sheet.getCell(r, c + 1)
      cell.value = value
      cell.font = c === 3 ? { ...BODY_FONT, color: { argb: 'FF1F4E9E' }, underline: true } : BODY_FONT
      cell.alignment = { vertical: 'middle', horizontal: c === 0 || c === 4 || c === 6 ? 'center' : 'left', wrapText: true }
      cell.border = THIN_BORDER
    })
  })
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  sheet.pageSetup = { ...a4OnePageWide('landscape'), printTitlesRow: '2:2' }
}

/**
 * 附件1 of every unit in scope: a 目录 sheet, then each submitted project on a sheet of its own in
 * the notice's single-form layout (the unit's own export, showcase/build-showcase-workbook.ts), by
 * district and unit. The pictures line of each form names its folder in the picture package.
 */
export async function exportShowcaseForms(session: TSessionClaims, request: TShowcaseFormsExportRequest): Promise<TExportResponse> {
  const { scope, projects } = await withUserTx(session, async (tx) => {
    const found = await resolveExportScope(tx, request.id, request.districtId)
    return { scope: found, projects: await gatherShowcaseProjects(tx, found) }
  })
  const names = sheetNames(projects.map((p, i) => `${i + 1} ${p.row.project_name}`))
  const workbook = newWorkbook()
  workbook.creator = '学雷锋志愿服务月'
  const year = scope.campaign.year
  writeIndex(workbook.addWorksheet('目录'), projects, names, `${year}年学雷锋志愿服务集中活动启动仪式现场展示项目申报表 · ${scope.label} · 共 ${projects.length} 个项目`)
  writeShowcaseSheets(
    workbook,
    year,
    projects.map((p) => ({ form: p.form, folder: p.folder, pictureFiles: p.pictures.map((picture) => picture.fileName) })),
    names,
  )
  const bytes = await workbookBytes(workbook)
  const fileName = safeFileName(`附件1 启动仪式现场展示项目申报表（${scope.label}，${projects.length}个项目）`) + '.xlsx'
  return storeExport(scope.campaign.id, fileName, bytes, XLSX_CONTENT_TYPE)
}
