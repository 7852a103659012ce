import {
  SHOWCASE_DISPLAY_ITEMS,
  SHOWCASE_EXTRA_NEEDS,
  SHOWCASE_PICTURE_COUNT,
  SHOWCASE_STANDARD_NEEDS,
  type TShowcaseForm,
} from '../../../types/api/showcase'
import { newWorkbook, workbookBytes, type TExcelWorkbook } from '../excel/new-workbook'
import { a4OnePageWide, BODY_FONT, THIN_BORDER, writeAttachmentMark } from '../excel/sheet-style'

export type TWorkbookProject = { form: TShowcaseForm; folder: string; pictureFiles: string[] }

const TICK = '✔'

/** "1. 展板：✔ 三块展板…" — the notice's numbered lines, ticked with what exactly after the colon. */
export function displayContentLines(form: TShowcaseForm): string {
  return SHOWCASE_DISPLAY_ITEMS.map((item, i) => {
    const chosen = form.displayContents.find((c) => c.item === item)
    return `${i + 1}. ${item}：${chosen ? `${TICK} ${chosen.description}`.trimEnd() : ''}`
  }).join('\n')
}

export function needsLines(form: TShowcaseForm): string {
  const extras = SHOWCASE_EXTRA_NEEDS.map((item, i) => {
    const chosen = form.extraNeeds.find((c) => c.item === item)
    return `${i + 1}. ${item}：${chosen ? `${TICK} ${chosen.description}`.trimEnd() : ''}`
  })
  return [`${form.standardNeeds ? `${TICK} ` : ''}${SHOWCASE_STANDARD_NEEDS}`, '有其他需求的请注明：', ...extras].join('\n')
}

export function picturesLine(project: TWorkbookProject): string {
  const files = project.pictureFiles.length > 0 ? project.pictureFiles.map((f) => `${project.folder}/${f}`).join('、') : '（尚未上传）'
  return `（${SHOWCASE_PICTURE_COUNT} 张图片，不小于 1M，图片单独打包报送）\n图片包：${files}`
}

/** Rows a wrapped cell needs, for the row height (Excel does not grow merged rows by itself). */
function linesFor(text: string, charsPerLine: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(Array.from(line).length / charsPerLine)), 0)
}

/**
 * 附件1 as the notice prints it: one sheet per project, the form's label column (A) and the value
 * merged across B–D, and 对接负责人 as a row of four headings with their values underneath.
 */
export async function buildShowcaseWorkbook(year: number, projects: TWorkbookProject[], sheetNames: string[]): Promise<Buffer> {
  const workbook = newWorkbook()
  workbook.creator = '学雷锋志愿服务月'
  writeShowcaseSheets(workbook, year, projects, sheetNames)
  return workbookBytes(workbook)
}

/**
 * The 附件1 sheets, one per project, added to `workbook` — for a unit's own export above and for
 * the organisers' export of every unit's projects (cloud/lib/campaign-exports), which puts an index
 * sheet in front.
 */
export function writeShowcaseSheets(workbook: TExcelWorkbook, year: number, projects: TWorkbookProject[], sheetNames: string[]): void {
  projects.forEach((project, index) => {
    const sheet = workbook.addWorksheet(sheetNames[index] ?? `项目${index + 1}`, {
      pageSetup: a4OnePageWide('portrait'),
    })
    sheet.columns = [{ width: 16 }, { width: 30 }, { width: 24 }, { width: 24 }]
    writeAttachmentMark(sheet, '附件1')
    sheet.mergeCells('A2:D2')
    const title = sheet.getCell('A2')
    title.value = `${year}年学雷锋志愿服务集中活动启动仪式现场展示项目申报表`
    title.font = { ...BODY_FONT, name: '方正小标宋简体', size: 16, bold: true }
    title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    sheet.getRow(2).height = 48

    const form = project.form
    const rows: [string, string][] = [
      ['组织名称', form.organisationName],
      ['项目名称', form.projectName],
      ['项目简介', form.summary],
      ['项目图片', picturesLine(project)],
      ['展示内容', displayContentLines(form)],
      ['需求提供', needsLines(form)],
    ]
    rows.forEach(([label, value], i) => {
      const r = 3 + i
      sheet.mergeCells(`B${r}:D${r}`)
      const labelCell = sheet.getCell(`A${r}`)
      labelCell.value = label
      labelCell.font = { ...BODY_FONT, bold: true }
      labelCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
      const valueCell = sheet.getCell(`B${r}`)
      valueCell.value = value
      valueCell.font = BODY_FONT
      valueCell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
      // B–D hold about 38 characters of 11-pt 宋体 per line.
      sheet.getRow(r).height = Math.max(30, 16 * linesFor(value, 38) + 8)
    })
    const headRow = 3 + rows.length
    const heads = ['对接负责人', '单位与职务', '联系方式', '备注']
    const values = [form.contactName, form.contactUnitTitle, form.contactPhone, form.remark]
    heads.forEach((head, i) => {
      const cell = sheet.getRow(headRow).getCell(i + 1)
      cell.value = head
      cell.font = { ...BODY_FONT, bold: true }
      cell.alignment = { horizontal: 'center', vertical: 'middle' }
      const valueCell = sheet.getRow(headRow + 1).getCell(i + 1)
      valueCell.value = values[i] ?? ''
      valueCell.font = BODY_FONT
      valueCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    })
    sheet.getRow(headRow).height = 30
    sheet.getRow(headRow + 1).height = 36
    for (let r = 3; r <= headRow + 1; r += 1) {
      for (let c = 1; c <= 4; c += 1) sheet.getRow(r).getCell(c).border = THIN_BORDER
    }
  })
}
