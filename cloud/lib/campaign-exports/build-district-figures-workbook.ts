import type { Cell, CellValue, Worksheet } from 'exceljs'
import { newWorkbook, workbookBytes } from '../excel/new-workbook'
import { a4OnePageWide, BODY_FONT, BODY_FONT_NAME, THIN_BORDER } from '../excel/sheet-style'
import { addLines, type TFiguresDistrict, type TFiguresLine } from './district-figures'

export type TDistrictFiguresInput = {
  /** "2019肇庆市“学雷锋全民志愿服务行动月”活动开展情况汇总表（分县区）". */
  title: string
  scopeLabel: string
  periodLabel: string
  /** "2025-03-08 09:30" (Asia/Shanghai). */
  generatedAt: string
  districts: TFiguresDistrict[]
}

const COUNT = '0'
const HOURS = '0.00'
const YUAN = '#,##0.00'

/** The figure columns after the name column(s), with their number formats. */
const FIGURES: Array<{ key: keyof Omit<TFiguresLine, 'name'>; head: string; format: string; width: number }> = [
  { key: 'units', head: '单位数', format: COUNT, width: 8 },
  { key: 'activities', head: '活动数', format: COUNT, width: 8 },
  { key: 'volunteerCount', head: '参与志愿者人次', format: COUNT, width: 11 },
  { key: 'organisationCount', head: '参与志愿服务组织数量', format: COUNT, width: 12 },
  { key: 'servedCount', head: '覆盖人群服务人次', format: COUNT, width: 11 },
  { key: 'serviceHours', head: '累计志愿服务时数', format: HOURS, width: 12 },
  { key: 'fundsYuan', head: '投入资金及物料（元）', format: YUAN, width: 14 },
  { key: 'printReports', head: '纸媒报道数（条）', format: COUNT, width: 10 },
  { key: 'webReports', head: '网站报道数（条）', format: COUNT, width: 10 },
  { key: 'readCount', head: '网页或微信阅读数（条/次）', format: COUNT, width: 12 },
  { key: 'due', head: '应报送（份）', format: COUNT, width: 9 },
  { key: 'sent', head: '已报送（份）', format: COUNT, width: 9 },
]

function box(cell: Cell, options: { bold?: boolean; align?: 'left' | 'center' | 'right'; format?: string; fill?: string } = {}): void {
  cell.border = THIN_BORDER
  cell.font = { ...BODY_FONT, bold: options.bold ?? false }
  cell.alignment = { vertical: 'middle', horizontal: options.align ?? 'center', wrapText: true }
  if (options.format) cell.numFmt = options.format
  if (options.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: options.fill } }
}

function put(cell: Cell, value: CellValue): Cell {
  cell.value = value
  return cell
}

function columnLetter(index: number): string {
  let n = index
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** Title, the 统计时段 line and the header of a sheet whose figures start in column `first`. */
function writeHead(sheet: Worksheet, input: TDistrictFiguresInput, names: string[], title: string): number {
  const width = names.length + FIGURES.length
  sheet.columns = [...names.map((name) => ({ width: name === '序号' ? 6 : 26 })), ...FIGURES.map((f) => ({ width: f.width }))]
  sheet.mergeCells(1, 1, 1, width)
  const head = sheet.getCell(1, 1)
  head.value = title
  head.font = { name: BODY_FONT_NAME, size: 16, bold: true }
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  sheet.getRow(1).height = 36
  sheet.mergeCells(2, 1, 2, Math.ceil(width / 2))
  sheet.getCell(2, 1).value = `填报单位：${input.scopeLabel}`
  sheet.mergeCells(2, Math.ceil(width / 2) + 1, 2, width)
  sheet.getCell(2, Math.ceil(width / 2) + 1).value = `统计时段：${input.periodLabel}　导出时间：${input.generatedAt}`
  for (const column of [1, Math.ceil(width / 2) + 1]) {
    sheet.getCell(2, column).font = BODY_FONT
    sheet.getCell(2, column).alignment = { horizontal: column === 1 ? 'left' : 'right', vertical: 'middle' }
  }
  sheet.getRow(2).height = 22
  ;[...names, ...FIGURES.map((f) => f.head)].forEach((text, i) => {
    const cell = sheet.getCell(3, i + 1)
    cell.value = text
    box(cell, { bold: true, fill: 'FFF2F2F2' })
  })
  sheet.getRow(3).height = 42
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: names.length }]
  sheet.pageSetup = { ...a4OnePageWide('landscape'), horizontalCentered: true, printTitlesRow: '3:3' }
  return names.length
}

/** A line's figures from column `first + 1` on; `formula(column)` makes a 小计 / 合计 cell. */
function writeFigures(sheet: Worksheet, r: number, first: number, line: TFiguresLine, formula?: (column: string) => string, bold = false): void {
  FIGURES.forEach((figure, i) => {
    const cell = sheet.getCell(r, first + 1 + i)
    const value = line[figure.key]
    cell.value = formula ? { formula: formula(columnLetter(first + 1 + i)), result: value } : value
    box(cell, { format: figure.format, bold, align: figure.key === 'fundsYuan' ? 'right' : 'center' })
  })
}

/** 区县汇总: one row per district and the 合计 as SUM formulas (with their values cached). */
function writeDistrictSheet(sheet: Worksheet, input: TDistrictFiguresInput): void {
  const first = writeHead(sheet, input, ['序号', '县区（功能板块）'], input.title)
  const top = 4
  input.districts.forEach((district, i) => {
    const r = top + i
    box(put(sheet.getCell(r, 1), i + 1), { format: COUNT })
    box(put(sheet.getCell(r, 2), district.line.name), { align: 'left' })
    writeFigures(sheet, r, first, district.line)
  })
  const last = top + input.districts.length - 1
  const total = last + 1
  sheet.mergeCells(total, 1, total, 2)
  box(put(sheet.getCell(total, 1), '合计'), { bold: true })
  const sum = addLines('合计', input.districts.map((d) => d.line))
  writeFigures(sheet, total, first, sum, last >= top ? (column) => `SUM(${column}${top}:${column}${last})` : undefined, true)
}

/**
 * 单位明细: each district's units with their figures, a 小计 per district (SUM of its units) and
 * the 合计 as the sum of the 小计 cells, so no unit is counted twice.
 */
function writeUnitSheet(sheet: Worksheet, input: TDistrictFiguresInput): void {
  const first = writeHead(sheet, input, ['序号', '县区（功能板块）', '单位'], `${input.title}（单位明细）`)
  let r = 4
  let seq = 0
  const subtotalRows: number[] = []
  for (const district of input.districts) {
    const top = r
    for (const unit of district.units) {
      seq += 1
      box(put(sheet.getCell(r, 1), seq), { format: COUNT })
      box(put(sheet.getCell(r, 2), district.line.name), { align: 'left' })
      box(put(sheet.getCell(r, 3), unit.name), { align: 'left' })
      writeFigures(sheet, r, first, unit)
      r += 1
    }
    const bottom = r - 1
    sheet.mergeCells(r, 1, r, 3)
    box(put(sheet.getCell(r, 1), `${district.line.name} 小计`), { bold: true, align: 'left', fill: 'FFF7F7F7' })
    writeFigures(sheet, r, first, district.line, bottom >= top ? (column) => `SUM(${column}${top}:${column}${bottom})` : undefined, true)
    subtotalRows.push(r)
    r += 1
  }
  sheet.mergeCells(r, 1, r, 3)
  box(put(sheet.getCell(r, 1), '合计'), { bold: true })
  const sum = addLines('合计', input.districts.map((d) => d.line))
  writeFigures(sheet, r, first, sum, subtotalRows.length > 0 ? (column) => subtotalRows.map((row) => `${column}${row}`).join('+') : undefined, true)
}

/** The districts' figures: 区县汇总 and 单位明细, A4 landscape, numbers as numbers, 合计 as formulas. */
export async function buildDistrictFiguresWorkbook(input: TDistrictFiguresInput): Promise<Buffer> {
  const workbook = newWorkbook()
  workbook.creator = '学雷锋志愿服务月'
  writeDistrictSheet(workbook.addWorksheet('区县汇总'), input)
  writeUnitSheet(workbook.addWorksheet('单位明细'), input)
  return workbookBytes(workbook)
}
