import type { Cell, Worksheet } from 'exceljs'
import type { TWeeklyStatsRow } from '../../../types/api/weekly-stats'
import { describeServed, hasMedia, type TStatsTotals } from '../../../types/weekly-stats'
import { newWorkbook, workbookBytes } from '../excel/new-workbook'
import { a4OnePageWide, BODY_FONT, BODY_FONT_NAME, THIN_BORDER } from '../excel/sheet-style'

export type TStatsPictureImage = { bytes: Buffer; width: number; height: number }

export type TStatsWorkbookInput = {
  title: string
  unitName: string
  kind: 'weekly_stats' | 'summary'
  periodLabel: string
  rows: TWeeklyStatsRow[]
  totals: TStatsTotals
  contactName: string
  contactPhone: string
  body: string
  pictures: TStatsPictureImage[]
  /**
   * The 新闻稿 / 活动总结 sheet after the table (default: written). The organisers' table of every
   * unit (cloud/lib/campaign-exports) has no text of its own and leaves it out.
   */
  textSheet?: boolean
}

/** The notice's 备注 under the table, word for word. */
export const STATS_REMARK =
  '备注：1、“覆盖人群”栏中“类型”项请选择填写残疾人、异地务工人员子女、空巢老人、闲散青少年、不良行为青少年、农村留守儿童、流浪乞讨未成年人、服刑在教人员未成年子女等，其他类别的请在表中另行说明；' +
  '2、各县（市、区）、大中专院校团委、市直团委负责汇总统计本地、本单位学雷锋全民志愿服务行动月活动开展情况，志愿者人次、组织数量、服务时数等以“i志愿”系统数据为准，书面总结材料于4月3日前以电子邮件和纸质形式报市志愿者联合会秘书处，总结材料须含新闻宣传链接、截图以及先进典型事迹素材等。'

/** A-H: 序号, 活动名称（含主办单位）, 人次, 组织数量, 类型, 服务人次, 时数, 资金. */
const WIDTHS = [6, 42, 12, 13, 28, 12, 13, 16]
const COUNT = '0'
const HOURS = '0.00'
const YUAN = '#,##0.00'

function box(cell: Cell, options: { bold?: boolean; align?: 'left' | 'center' | 'right'; format?: string } = {}): void {
  cell.border = THIN_BORDER
  cell.font = { ...BODY_FONT, bold: options.bold ?? false }
  cell.alignment = { vertical: 'middle', horizontal: options.align ?? 'center', wrapText: true }
  if (options.format) cell.numFmt = options.format
}

/** A 合计 cell: the sum as a formula (Excel recalculates it) with its value cached for readers. */
function sumCell(sheet: Worksheet, address: string, column: string, first: number, last: number, value: number, format: string): void {
  const cell = sheet.getCell(address)
  cell.value = last >= first ? { formula: `SUM(${column}${first}:${column}${last})`, result: value } : value
  box(cell, { bold: true, format })
}

/** Rough height for wrapped Chinese text: ~2 characters per unit of column width. */
function wrappedHeight(text: string, widthChars: number, lineHeight = 15): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 2) / widthChars)), 0)
  return Math.min(409, Math.max(20, lines * lineHeight + 4))
}

function writeTable(sheet: Worksheet, input: TStatsWorkbookInput): void {
  WIDTHS.forEach((width, index) => (sheet.getColumn(index + 1).width = width))
  const tableWidth = WIDTHS.reduce((a, b) => a + b, 0)

  sheet.mergeCells('A1:H1')
  const title = sheet.getCell('A1')
  title.value = input.title
  title.font = { name: BODY_FONT_NAME, size: 16, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 32

  sheet.mergeCells('A2:E2')
  sheet.getCell('A2').value = `填报单位（盖章）：${input.unitName}`
  sheet.mergeCells('F2:H2')
  sheet.getCell('F2').value = `统计时段：${input.periodLabel}${input.kind === 'summary' ? '（活动总结）' : ''}`
  for (const address of ['A2', 'F2']) {
    sheet.getCell(address).font = BODY_FONT
    sheet.getCell(address).alignment = { vertical: 'middle', horizontal: address === 'A2' ? 'left' : 'right' }
  }
  sheet.getRow(2).height = 22

  // Two header rows: 覆盖人群 spans 类型 and 服务人次; the other headings span both rows.
  for (const [column, text] of [
    ['A', '序号'],
    ['B', '活动名称（含主办单位）'],
    ['C', '参与志愿者人次'],
    ['D', '参与志愿服务组织数量'],
    ['G', '累计志愿服务时数'],
    ['H', '投入资金及物料（元）'],
  ] as const) {
    sheet.mergeCells(`${column}3:${column}4`)
    sheet.getCell(`${column}3`).value = text
  }
  sheet.mergeCells('E3:F3')
  sheet.getCell('E3').value = '覆盖人群'
  sheet.getCell('E4').value = '类型'
  sheet.getCell('F4').value = '服务人次'
  for (const column of 'ABCDEFGH') for (const row of [3, 4]) box(sheet.getCell(`${column}${row}`), { bold: true })
  sheet.getRow(3).height = 24
  sheet.getRow(4).height = 24

  const first = 5
  input.rows.forEach((row, index) => {
    const r = first + index
    const values: Array<[string, string | number, string | undefined, 'left' | 'center' | 'right']> = [
      ['A', row.seq, COUNT, 'center'],
      ['B', row.activityName, undefined, 'left'],
      ['C', row.volunteerCount, COUNT, 'center'],
      ['D', row.organisationCount, COUNT, 'center'],
      ['E', describeServed(row.served), undefined, 'left'],
      ['F', row.servedCount, COUNT, 'center'],
      ['G', row.serviceHours, HOURS, 'center'],
      ['H', row.fundsYuan ?? 0, YUAN, 'right'],
    ]
    for (const [column, value, format, align] of values) {
      const cell = sheet.getCell(`${column}${r}`)
      cell.value = value
      box(cell, { format, align })
    }
    sheet.getRow(r).height = Math.max(wrappedHeight(row.activityName, WIDTHS[1] ?? 40), wrappedHeight(describeServed(row.served), WIDTHS[4] ?? 28))
  })
  const last = first + input.rows.length - 1
  const totalRow = last + 1
  sheet.mergeCells(`A${totalRow}:B${totalRow}`)
  sheet.getCell(`A${totalRow}`).value = '合计'
  box(sheet.getCell(`A${totalRow}`), { bold: true })
  box(sheet.getCell(`B${totalRow}`), { bold: true })
  sumCell(sheet, `C${totalRow}`, 'C', first, last, input.totals.volunteerCount, COUNT)
  sumCell(sheet, `D${totalRow}`, 'D', first, last, input.totals.organisationCount, COUNT)
  box(sheet.getCell(`E${totalRow}`))
  sumCell(sheet, `F${totalRow}`, 'F', first, last, input.totals.servedCount, COUNT)
  sumCell(sheet, `G${totalRow}`, 'G', first, last, input.totals.serviceHours, HOURS)
  sumCell(sheet, `H${totalRow}`, 'H', first, last, input.totals.fundsYuan, YUAN)
  sheet.getRow(totalRow).height = 22

  // 媒体宣传情况: the activities that had any coverage, numbered on their own.
  const mediaTitle = totalRow + 2
  sheet.mergeCells(`A${mediaTitle}:F${mediaTitle}`)
  sheet.getCell(`A${mediaTitle}`).value = '媒体宣传情况'
  sheet.getCell(`A${mediaTitle}`).font = { name: BODY_FONT_NAME, size: 12, bold: true }
  sheet.getCell(`A${mediaTitle}`).alignment = { horizontal: 'left', vertical: 'middle' }
  sheet.getRow(mediaTitle).height = 22
  const mediaHeader = mediaTitle + 1
  ;['序号', '活动名称（含主办单位）', '纸媒报道数（条）', '网站报道数（条）', '网页或微信链接', '网页或微信阅读数（条/次）'].forEach((text, index) => {
    const cell = sheet.getCell(mediaHeader, index + 1)
    cell.value = text
    box(cell, { bold: true })
  })
  sheet.getRow(mediaHeader).height = 30
  const withMedia = input.rows.filter((row) => hasMedia(row.media))
  const mediaFirst = mediaHeader + 1
  withMedia.forEach((row, index) => {
    const r = mediaFirst + index
    const links = row.media.links.join('\n')
    const values: Array<[string, string | number, string | undefined, 'left' | 'center']> = [
      ['A', index + 1, COUNT, 'center'],
      ['B', row.activityName, undefined, 'left'],
      ['C', row.media.printReports, COUNT, 'center'],
      ['D', row.media.webReports, COUNT, 'center'],
      ['E', links, undefined, 'left'],
      ['F', row.media.readCount, COUNT, 'center'],
    ]
    for (const [column, value, format, align] of values) {
      const cell = sheet.getCell(`${column}${r}`)
      cell.value = value
      box(cell, { format, align })
    }
    // A single link stays clickable; several share the cell, one per line.
    if (row.media.links.length === 1 && row.media.links[0]) {
      sheet.getCell(`E${r}`).value = { text: row.media.links[0], hyperlink: row.media.links[0] }
    }
    const linkLines = row.media.links.reduce((sum, link) => sum + Math.max(1, Math.ceil(link.length / ((WIDTHS[4] ?? 28) * 1.1))), 0)
    sheet.getRow(r).height = Math.min(409, Math.max(wrappedHeight(row.activityName, WIDTHS[1] ?? 40), linkLines * 15 + 4))
  })
  const mediaLast = mediaFirst + withMedia.length - 1
  const mediaTotal = mediaLast + 1
  sheet.mergeCells(`A${mediaTotal}:B${mediaTotal}`)
  sheet.getCell(`A${mediaTotal}`).value = '合计'
  box(sheet.getCell(`A${mediaTotal}`), { bold: true })
  box(sheet.getCell(`B${mediaTotal}`), { bold: true })
  sumCell(sheet, `C${mediaTotal}`, 'C', mediaFirst, mediaLast, input.totals.printReports, COUNT)
  sumCell(sheet, `D${mediaTotal}`, 'D', mediaFirst, mediaLast, input.totals.webReports, COUNT)
  sheet.getCell(`E${mediaTotal}`).value = `共 ${input.totals.linkCount} 条链接`
  box(sheet.getCell(`E${mediaTotal}`), { bold: true })
  sumCell(sheet, `F${mediaTotal}`, 'F', mediaFirst, mediaLast, input.totals.readCount, COUNT)
  sheet.getRow(mediaTotal).height = 22

  const contact = mediaTotal + 2
  sheet.mergeCells(`A${contact}:D${contact}`)
  sheet.getCell(`A${contact}`).value = `联系人：${input.contactName}`
  sheet.mergeCells(`E${contact}:H${contact}`)
  sheet.getCell(`E${contact}`).value = `联系电话：${input.contactPhone}`
  for (const address of [`A${contact}`, `E${contact}`]) {
    sheet.getCell(address).font = BODY_FONT
    sheet.getCell(address).alignment = { horizontal: 'left', vertical: 'middle' }
  }
  sheet.getRow(contact).height = 22

  const remark = contact + 2
  sheet.mergeCells(`A${remark}:H${remark}`)
  sheet.getCell(`A${remark}`).value = STATS_REMARK
  sheet.getCell(`A${remark}`).font = { name: BODY_FONT_NAME, size: 10 }
  sheet.getCell(`A${remark}`).alignment = { horizontal: 'left', vertical: 'top', wrapText: true }
  sheet.getRow(remark).height = wrappedHeight(STATS_REMARK, tableWidth, 14)

  sheet.pageSetup = { ...a4OnePageWide('landscape'), horizontalCentered: true }
  sheet.views = [{ state: 'frozen', ySplit: 4 }]
}

/** The 新闻稿 (or the summary's text) and its pictures, so the e-mailed file is complete on its own. */
function writeText(sheet: Worksheet, input: TStatsWorkbookInput, addImage: (bytes: Buffer) => number): void {
  sheet.getColumn(1).width = 100
  const heading = sheet.getCell('A1')
  heading.value = `${input.unitName} ${input.kind === 'summary' ? '活动总结' : `新闻稿（${input.periodLabel}）`}`
  heading.font = { name: BODY_FONT_NAME, size: 14, bold: true }
  sheet.getRow(1).height = 26
  let row = 2
  const paragraphs = input.body.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '')
  for (const paragraph of paragraphs.length > 0 ? paragraphs : ['（未填写）']) {
    const cell = sheet.getCell(`A${row}`)
    cell.value = paragraph
    cell.font = BODY_FONT
    cell.alignment = { wrapText: true, vertical: 'top' }
    sheet.getRow(row).height = wrappedHeight(paragraph, 100, 16)
    row += 1
  }
  if (input.pictures.length === 0) return
  row += 1
  sheet.getCell(`A${row}`).value = `图片（${input.pictures.length} 张）`
  sheet.getCell(`A${row}`).font = { name: BODY_FONT_NAME, size: 12, bold: true }
  row += 1
  // Each picture 480 px wide in its own block of 20-px rows.
  for (const picture of input.pictures) {
    const width = 480
    const height = Math.round((picture.height / Math.max(1, picture.width)) * width)
    const rows = Math.ceil(height / 20) + 1
    for (let r = row; r < row + rows; r += 1) sheet.getRow(r).height = 15
    sheet.addImage(addImage(picture.bytes), { tl: { col: 0, row: row - 1 }, ext: { width, height } })
    row += rows
  }
}

/** The 活动开展情况统计表 in the notice's layout, plus a sheet with the 新闻稿 and its pictures. */
export async function buildStatsWorkbook(input: TStatsWorkbookInput): Promise<Buffer> {
  const workbook = newWorkbook()
  workbook.creator = input.unitName
  workbook.created = new Date()
  writeTable(workbook.addWorksheet('统计表'), input)
  if (input.textSheet === false) return workbookBytes(workbook)
  writeText(workbook.addWorksheet(input.kind === 'summary' ? '活动总结' : '新闻稿'), input, (bytes) =>
    workbook.addImage({ buffer: bytes, extension: 'jpeg' }),
  )
  return workbookBytes(workbook)
}
