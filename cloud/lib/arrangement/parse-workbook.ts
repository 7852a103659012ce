import type { Worksheet } from 'exceljs'
import type { TArrangementIssue } from '../../../types/api/arrangement'
import type { TActivityInput } from '../../../types/api/unit-activities'
import { AppError } from '../errors/app-error'
import { REQUIRED, matchHeader, type TColumnKey, type THeaderMap } from './columns'
import { loadWorkbook, readCell, type TCellContent } from './excel'
import { inspectXlsx } from './inspect-xlsx'
import { IMPORT_LIMITS } from './limits'
import { parseRow, type TParseContext } from './parse-row'

export type { TParseContext } from './parse-row'

export type TParsedRow = {
  row: number
  ok: boolean
  errors: TArrangementIssue[]
  warnings: TArrangementIssue[]
  label: string
  activity: TActivityInput | null
}
export type TParsedWorkbook = { sheetName: string; headerRow: number; rows: TParsedRow[] }

const EXPECTED = '序号、单位(组织)、时间、地点、活动名称及内容、联系人及电话、所属类别'
const TOTAL_ROW = /^(合计|小计|总计|共计|累计)/
const NOTE_ROW = /所属类别可分为|^[(（]?\s*(注|备注|说明|填表说明|填报说明|附注)\s*[:：、]|^(填报人|填表人|审核人|制表人|单位负责人|负责人|填报日期|报送日期|日期)\s*[:：]/

/**
 * An uploaded 附件2 workbook → one parsed row per activity row, each with its errors and warnings
 * by column. Finds the table by its header (title, 填报单位/盖章/日期 rows and merged cells may sit
 * above it), skips blank, 合计/小计 and note rows, and refuses files it cannot read or that hold
 * more than IMPORT_LIMITS.maxDataRows activities. Nothing here touches the database.
 */
export async function parseArrangementWorkbook(bytes: Buffer, context: TParseContext): Promise<TParsedWorkbook> {
  inspectXlsx(bytes)
  const workbook = await loadWorkbook(bytes)
  const header = findHeader(workbook.worksheets)
  const { sheet, row: headerRow, map } = header
  const rows: TParsedRow[] = []
  const last = sheet.rowCount
  for (let r = headerRow + 1; r <= last; r += 1) {
    const source = sheet.findRow(r)
    if (!source) continue
    const cells: Partial<Record<TColumnKey, TCellContent>> = {}
    for (const [key, column] of Object.entries(map) as Array<[TColumnKey, number]>) cells[key] = readCell(source.getCell(column).value)
    if (skipRow(cells, sheet, r, map)) continue
    if (rows.length >= IMPORT_LIMITS.maxDataRows) {
      throw new AppError('workbook_invalid', {
        userMessage: `表格中的活动超过单次导入上限 ${IMPORT_LIMITS.maxDataRows} 行，请分成几个文件导入`,
      })
    }
    rows.push({ row: r, ...parseRow(cells, context) })
  }
  return { sheetName: sheet.name, headerRow, rows }
}

type THeader = { sheet: Worksheet; row: number; map: THeaderMap }

function findHeader(sheets: Worksheet[]): THeader {
  let best: (THeader & { matched: number }) | null = null
  for (const sheet of sheets) {
    if (sheet.state === 'veryHidden') continue
    const last = Math.min(sheet.rowCount, IMPORT_LIMITS.headerSearchRows)
    for (let r = 1; r <= last; r += 1) {
      const source = sheet.findRow(r)
      if (!source) continue
      const map: THeaderMap = {}
      const columns = Math.min(source.cellCount, 40)
      for (let c = 1; c <= columns; c += 1) {
        const cell = source.getCell(c)
        // A header merged across columns names the first of them only.
        if (cell.isMerged && cell.master.address !== cell.address) continue
        const content = readCell(cell.value)
        const key = content.kind === 'text' ? matchHeader(content.text) : null
        if (key && map[key] === undefined) map[key] = c
      }
      if (map.title === undefined && map.description !== undefined) {
        map.title = map.description
        delete map.description
      }
      const matched = Object.keys(map).length
      if (REQUIRED.every((column) => column.satisfied(map))) return { sheet, row: r, map }
      if (matched >= 2 && (!best || matched > best.matched)) best = { sheet, row: r, map, matched }
    }
  }
  if (best) {
    const missing = REQUIRED.filter((column) => !column.satisfied(best!.map)).map((column) => column.label)
    throw new AppError('workbook_invalid', {
      userMessage: `工作表“${best.sheet.name}”第 ${best.row} 行是表头，但缺少列：${missing.join('、')}。附件2 的表头应为：${EXPECTED}`,
    })
  }
  throw new AppError('workbook_invalid', {
    userMessage: `没有找到附件2的表头。请使用通知附件2“学雷锋志愿服务活动安排表”的格式，表头为：${EXPECTED}`,
  })
}

/** Blank rows (a 序号 or 单位 alone counts as blank), 合计/小计 rows, notes under the table, a repeated header. */
function skipRow(cells: Partial<Record<TColumnKey, TCellContent>>, sheet: Worksheet, r: number, map: THeaderMap): boolean {
  const texts = (Object.entries(cells) as Array<[TColumnKey, TCellContent]>).map(([key, cell]) => ({ key, text: textOf(cell) }))
  const content = texts.filter((t) => t.key !== 'seq' && t.key !== 'unit' && t.text !== '')
  if (content.length === 0) return true
  const compact = texts.map((t) => t.text.replace(/\s+/g, ''))
  if (compact.some((text) => TOTAL_ROW.test(text))) return true
  const distinct = new Set(compact.filter((text) => text !== ''))
  if (distinct.size === 1) {
    const [only] = distinct
    if (only && NOTE_ROW.test(only)) return true
    // One text merged across the table's width is a note, not an activity.
    const merged = Object.values(map).filter((column) => sheet.getCell(r, column).isMerged).length
    if (merged >= 3) return true
  }
  const repeatsHeader = texts.filter((t) => t.text !== '' && matchHeader(t.text) !== null).length
  return repeatsHeader >= 3
}

function textOf(cell: TCellContent): string {
  if (cell.kind === 'text') return cell.text.trim()
  if (cell.kind === 'empty') return ''
  return cell.kind === 'error' ? '#' : String(cell.kind === 'number' ? cell.value : cell.value.getTime())
}
