import type { Worksheet } from 'exceljs'
import { UNIT_KIND_LABELS, type TUnitImportIssue, type TUnitKind } from '../../../types/api/campaign-setup'
import { loadWorkbook, readCell, type TCellContent } from '../arrangement/excel'
import { inspectXlsx } from '../arrangement/inspect-xlsx'
import { AppError } from '../errors/app-error'
import { cleanName } from './names'
import { matchUnitHeader, matchUnitKind, meansNoDistrict, UNIT_COLUMN_LABELS, type TUnitColumn } from './unit-list-columns'

/** A unit list holds a few hundred units; the file check (inspectXlsx) bounds everything else. */
export const MAX_UNIT_ROWS = 2000
const HEADER_SEARCH_ROWS = 30
const EXPECTED = '序号、单位名称、所属县区/板块、类型'
const TOTAL_ROW = /^(合计|小计|总计|共计|累计)/
const NOTE_ROW = /^[(（]?\s*(注|备注|说明|填表说明|填报说明|附注)\s*[:：、]|^(填报人|填表人|审核人|制表人|联系人|负责人|填报日期|报送日期|日期)\s*[:：]/

export type TRawUnitRow = {
  row: number
  name: string
  kind: TUnitKind | null
  /** null: no district given (or 无 / -). */
  districtName: string | null
  errors: TUnitImportIssue[]
  warnings: TUnitImportIssue[]
}
export type TParsedUnitList = { sheetName: string; headerRow: number; rows: TRawUnitRow[] }

type THeaderMap = Partial<Record<TUnitColumn, number>>

/**
 * An uploaded unit list → one row per unit with the problems of its own cells. Tolerant the way
 * the 附件2 import is: the file is checked before it is parsed (its real type, zip bombs, row
 * counts: arrangement/inspect-xlsx.ts), the header may sit below title rows, cells may carry
 * trailing or full-width spaces, a district merged down the rows of its units counts for each,
 * and blank, 合计 and note rows are skipped. Nothing here touches the database.
 */
export async function parseUnitListWorkbook(bytes: Buffer): Promise<TParsedUnitList> {
  try {
    inspectXlsx(bytes)
  } catch (error) {
    // The check is the 附件2 import's; its few words about "活动安排表" are about this file here.
    if (error instanceof AppError && error.code === 'workbook_invalid') {
      throw new AppError('workbook_invalid', { userMessage: error.userMessage.replace(/活动安排表/g, '单位名单') })
    }
    throw error
  }
  const workbook = await loadWorkbook(bytes)
  const { sheet, row: headerRow, map } = findHeader(workbook.worksheets)
  const column = map.name
  if (column === undefined) throw new Error('header without a name column')
  const rows: TRawUnitRow[] = []
  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const source = sheet.findRow(r)
    if (!source) continue
    const text = (key: TUnitColumn) => {
      const c = map[key]
      return c === undefined ? '' : textOf(readCell(source.getCell(c).value))
    }
    const cells = { seq: text('seq'), name: text('name'), district: text('district'), kind: text('kind') }
    if (skipRow(cells, sheet, r, map)) continue
    if (rows.length >= MAX_UNIT_ROWS) throw new AppError('workbook_invalid', { userMessage: `单位名单超过单次导入上限 ${MAX_UNIT_ROWS} 个单位，请分成几个文件导入` })
    rows.push(parseRow(r, cells, readCell(source.getCell(column).value)))
  }
  if (rows.length === 0) {
    throw new AppError('workbook_invalid', { userMessage: `工作表“${sheet.name}”第 ${headerRow} 行表头下面没有单位，请填写后再上传` })
  }
  return { sheetName: sheet.name, headerRow, rows }
}

function parseRow(row: number, cells: Record<TUnitColumn, string>, nameCell: TCellContent): TRawUnitRow {
  const errors: TUnitImportIssue[] = []
  const warnings: TUnitImportIssue[] = []
  const name = cleanName(cells.name)
  if (nameCell.kind === 'error') errors.push({ column: UNIT_COLUMN_LABELS.name, message: nameCell.message })
  else if (name === '') errors.push({ column: UNIT_COLUMN_LABELS.name, message: '单位名称为空' })
  else if (name.length < 2) errors.push({ column: UNIT_COLUMN_LABELS.name, message: `单位名称“${name}”太短，至少 2 个字` })
  else if (name.length > 60) errors.push({ column: UNIT_COLUMN_LABELS.name, message: `单位名称有 ${name.length} 个字，最多 60 个字` })
  else if (/^\d+(\.\d+)?$/.test(name)) errors.push({ column: UNIT_COLUMN_LABELS.name, message: `单位名称“${name}”是数字，请检查是否填到了序号列` })

  let kind: TUnitKind | null = null
  const kindText = cleanName(cells.kind)
  if (kindText === '') {
    kind = 'other'
    warnings.push({ column: UNIT_COLUMN_LABELS.kind, message: '类型未填写，按“其他”导入' })
  } else {
    kind = matchUnitKind(kindText)
    if (!kind) {
      errors.push({ column: UNIT_COLUMN_LABELS.kind, message: `类型“${kindText}”无法识别，应为：${Object.values(UNIT_KIND_LABELS).join('、')}` })
    }
  }

  const districtText = cleanName(cells.district)
  const districtName = districtText === '' || meansNoDistrict(districtText) ? null : districtText
  if (districtName && districtName.length > 30) {
    errors.push({ column: UNIT_COLUMN_LABELS.district, message: `所属县区/板块“${districtName}”太长，最多 30 个字` })
  }
  return { row, name, kind, districtName, errors, warnings }
}

type THeader = { sheet: Worksheet; row: number; map: THeaderMap }

function findHeader(sheets: Worksheet[]): THeader {
  let partial: THeader | null = null
  for (const sheet of sheets) {
    if (sheet.state === 'veryHidden') continue
    const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS)
    for (let r = 1; r <= last; r += 1) {
      const source = sheet.findRow(r)
      if (!source) continue
      const map: THeaderMap = {}
      for (let c = 1; c <= Math.min(source.cellCount, 40); c += 1) {
        const cell = source.getCell(c)
        // A header merged across columns names the first of them only.
        if (cell.isMerged && cell.master.address !== cell.address) continue
        const content = readCell(cell.value)
        const key = content.kind === 'text' ? matchUnitHeader(content.text) : null
        if (key && map[key] === undefined) map[key] = c
      }
      if (map.name !== undefined) return { sheet, row: r, map }
      if (!partial && (map.district !== undefined || map.kind !== undefined) && map.seq !== undefined) partial = { sheet, row: r, map }
    }
  }
  if (partial) {
    throw new AppError('workbook_invalid', {
      userMessage: `工作表“${partial.sheet.name}”第 ${partial.row} 行是表头，但没有“单位名称”列。单位名单的表头应为：${EXPECTED}`,
    })
  }
  throw new AppError('workbook_invalid', { userMessage: `没有找到单位名单的表头。请在表格中写明列名：${EXPECTED}（“单位名称”必填）` })
}

/** Blank rows (a 序号 or a merged district alone counts as blank), 合计 rows, notes, a repeated header. */
function skipRow(cells: Record<TUnitColumn, string>, sheet: Worksheet, r: number, map: THeaderMap): boolean {
  const name = cells.name.replace(/\s+/g, '')
  if (name === '' && cells.kind.trim() === '') return true
  const all = [cells.seq, cells.name, cells.district, cells.kind].map((t) => t.replace(/\s+/g, ''))
  if (all.some((t) => TOTAL_ROW.test(t))) return true
  if (NOTE_ROW.test(name)) return true
  // One text merged across the table's width is a note, not a unit.
  const merged = Object.values(map).filter((c) => sheet.getCell(r, c).isMerged).length
  if (merged >= 2 && new Set(all.filter((t) => t !== '')).size === 1 && cells.district === cells.name) return true
  return all.filter((t) => t !== '' && matchUnitHeader(t) !== null).length >= 2
}

function textOf(cell: TCellContent): string {
  switch (cell.kind) {
    case 'text':
      return cell.text
    case 'number':
      return String(cell.value)
    case 'date':
      return cell.value.toISOString().slice(0, 10)
    default:
      return ''
  }
}
