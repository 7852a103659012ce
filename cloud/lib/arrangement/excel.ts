import type { CellValue } from 'exceljs'
import { AppError } from '../errors/app-error'
import { newWorkbook, type TExcelWorkbook } from '../excel/new-workbook'

/** Parses a workbook that inspectXlsx has already checked (real sizes bounded, rows counted). */
export async function loadWorkbook(bytes: Buffer): Promise<TExcelWorkbook> {
  const workbook = newWorkbook()
  try {
    // Nodes an arrangement table never needs; skipping them saves time on decorated files.
    await workbook.xlsx.load(bytes, { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'picture', 'drawing', 'legacyDrawing'] })
  } catch (error) {
    throw new AppError('workbook_invalid', {
      userMessage: '无法读取这个 Excel 工作簿，文件可能已损坏。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再上传',
      cause: error,
    })
  }
  return workbook
}

/** What one cell holds, as the parser needs it. */
export type TCellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; message: string }

/**
 * A cell's content: rich text joined, hyperlinks as their text, formulas as the result Excel
 * saved with them (a formula saved without one is an error: we do not evaluate formulas).
 */
export function readCell(value: CellValue): TCellContent {
  if (value === null || value === undefined) return { kind: 'empty' }
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value }
  if (typeof value === 'number') return { kind: 'number', value }
  if (typeof value === 'boolean') return { kind: 'text', text: value ? '是' : '否' }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', message: '日期无效' } : { kind: 'date', value }
  if ('richText' in value) return readCell(value.richText.map((run) => run.text).join(''))
  if ('error' in value) return { kind: 'error', message: `单元格是错误值 ${value.error}，请改为直接填写内容` }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) {
      const formula = 'formula' in value && value.formula ? value.formula : ''
      return { kind: 'error', message: `单元格是公式（=${formula}）但没有保存计算结果，请在 Excel 中打开并保存后再上传，或直接填写内容` }
    }
    if (typeof result === 'object' && !(result instanceof Date)) return { kind: 'error', message: `公式的结果是错误值 ${result.error}，请检查公式或直接填写内容` }
    return readCell(result)
  }
  if ('text' in value) return readCell(typeof value.text === 'string' ? value.text : '')
  return { kind: 'empty' }
}

/** The cell as text (dates as Excel would show a date), for labels and free-text columns. */
export function cellText(content: TCellContent): string {
  switch (content.kind) {
    case 'text':
      return content.text
    case 'number':
      return String(content.value)
    case 'date': {
      const d = content.value
      return `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}-${d.getUTCDate()}`
    }
    default:
      return ''
  }
}
