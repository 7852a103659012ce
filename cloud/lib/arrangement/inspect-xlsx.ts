import { inflateRawSync } from 'node:zlib'
import { AppError } from '../errors/app-error'
import { IMPORT_LIMITS } from './limits'

export type TSheetInfo = { name: string; path: string; rowsWithValues: number; rowElements: number; merges: number; mergedCells: number }
export type TXlsxInspection = { sheets: TSheetInfo[] }

type TZipEntry = { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number }

const SAVE_AS = '请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）后再上传'

function invalid(message: string): AppError {
  return new AppError('workbook_invalid', { userMessage: message })
}

/**
 * Looks at an upload before any spreadsheet library sees it, so a wrong or hostile file costs
 * milliseconds: what kind of file it really is (an .xls, a renamed CSV, a PDF → a plain answer
 * about what to do), the zip's own directory, and every entry actually inflated with a hard cap
 * on the output (a zip bomb whose headers lie is stopped by zlib, not by trusting them). Each
 * worksheet's rows are counted on the raw XML, so a million-row sheet is refused before it is
 * parsed. Throws AppError('workbook_invalid') with a Chinese message.
 */
export function inspectXlsx(bytes: Buffer): TXlsxInspection {
  if (bytes.length === 0) throw invalid('文件是空的，请重新选择 .xlsx 文件上传')
  sniffNonZip(bytes)
  if (bytes.length < 22) throw invalid('文件不完整，请重新选择 .xlsx 文件上传')
  const entries = readCentralDirectory(bytes)
  const names = new Set(entries.map((entry) => entry.name))
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) throw invalid('这是 Word 文档，不是 Excel 表格：请把活动安排表填在 Excel 工作簿（.xlsx）里上传')
    if ([...names].some((name) => name.startsWith('ppt/'))) throw invalid('这是 PowerPoint 文件，不是 Excel 表格：请上传 Excel 工作簿（.xlsx）')
    throw invalid(`这个压缩文件不是 Excel 工作簿，${SAVE_AS}`)
  }

  let budget = IMPORT_LIMITS.maxInflatedBytes
  const xml = new Map<string, string>()
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const data = inflateEntry(bytes, entry, budget)
    budget -= data.length
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue
    const text = data.toString('utf8')
    // Entity declarations are how XML expands itself; no spreadsheet needs them.
    if (/<!ENTITY/i.test(text)) throw invalid('文件内容异常（含有不允许的 XML 声明），请用 Excel 重新保存后上传')
    if (/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(entry.name)) xml.set(entry.name, text)
  }

  const sheets = listSheets(xml)
  if (sheets.length === 0) throw invalid('工作簿里没有工作表，请检查文件')
  if (sheets.length > IMPORT_LIMITS.maxSheets) throw invalid(`工作簿里有 ${sheets.length} 个工作表，太多了；请只保留活动安排表所在的工作表`)
  for (const sheet of sheets) {
    const limit = IMPORT_LIMITS.maxDataRows + IMPORT_LIMITS.rowSlack
    if (sheet.rowsWithValues > limit) {
      throw invalid(
        `工作表“${sheet.name}”有 ${sheet.rowsWithValues} 行内容，超过单次导入上限 ${IMPORT_LIMITS.maxDataRows} 行；请分成几个文件导入，或删除多余的工作表`,
      )
    }
    // Rows that only carry formatting cost the spreadsheet reader as much as real ones.
    if (sheet.rowElements > IMPORT_LIMITS.maxRowElements) {
      throw invalid(`工作表“${sheet.name}”带格式的空白行太多（${sheet.rowElements} 行），请删除表格下方的空白行后再上传`)
    }
    // The reader makes every cell of a merged range: a merge down a whole column is a million cells.
    if (sheet.merges > IMPORT_LIMITS.maxMerges || sheet.mergedCells > IMPORT_LIMITS.maxMergedCells) {
      throw invalid(`工作表“${sheet.name}”的合并单元格范围太大，请取消整列或整行的合并后再上传`)
    }
  }
  return { sheets }
}

/** A clear word for the files people actually send instead of an .xlsx. */
function sniffNonZip(bytes: Buffer): void {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw invalid(`这是旧版 Excel 97-2003 工作簿（.xls），或设置了打开密码的工作簿。${SAVE_AS}（如有密码请先取消）`)
  }
  const head = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('%PDF')) throw invalid('这是 PDF 文件，不是 Excel 表格：请上传 Excel 工作簿（.xlsx）')
  if (/^<(\?xml|html|!doctype|table)/i.test(head)) throw invalid(`这是网页或 XML 格式的表格，不是 .xlsx 工作簿。${SAVE_AS}`)
  if (looksLikeText(bytes.subarray(0, 4096))) {
    throw invalid(`这是文本（CSV）文件，只是改了扩展名，不是 Excel 工作簿。${SAVE_AS}`)
  }
  throw invalid('无法识别这个文件，它不是 Excel 工作簿（.xlsx）。请上传用 Excel 或 WPS 填写的活动安排表')
}

function looksLikeText(sample: Buffer): boolean {
  if (sample.length === 0) return false
  let control = 0
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control += 1
  return control / sample.length < 0.01
}

function readCentralDirectory(bytes: Buffer): TZipEntry[] {
  const broken = invalid(`文件已损坏或不完整（压缩结构无法读取）。${SAVE_AS}`)
  // End of central directory: the last 22 bytes, or earlier when the archive carries a comment.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw broken
  const count = bytes.readUInt16LE(eocd + 10)
  const dirSize = bytes.readUInt32LE(eocd + 12)
  const dirOffset = bytes.readUInt32LE(eocd + 16)
  if (count === 0xffff || dirOffset === 0xffffffff) throw invalid(`文件使用了不支持的压缩格式（ZIP64）。${SAVE_AS}`)
  if (count > IMPORT_LIMITS.maxZipEntries) throw invalid(`文件里的部件太多（${count} 个），不像是一份活动安排表`)
  if (dirOffset + dirSize > eocd) throw broken
  const entries: TZipEntry[] = []
  let at = dirOffset
  let declared = 0
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== 0x02014b50) throw broken
    const nameLength = bytes.readUInt16LE(at + 28)
    const entry: TZipEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw invalid(`文件使用了不支持的压缩格式（ZIP64）。${SAVE_AS}`)
    }
    if ((entry.flags & 1) === 1) throw invalid('工作簿设置了密码，请取消密码后另存为 .xlsx 再上传')
    declared += entry.size
    entries.push(entry)
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
  }
  if (declared > IMPORT_LIMITS.maxInflatedBytes) throw tooBig()
  return entries
}

function tooBig(): AppError {
  return invalid(`文件解压后超过 ${Math.round(IMPORT_LIMITS.maxInflatedBytes / 1024 / 1024)} MB，不像是一份活动安排表；请删除多余的内容（图片、其他工作表）后重新上传`)
}

/** The entry's real bytes; never more than `budget` of them, whatever its headers claim. */
function inflateEntry(bytes: Buffer, entry: TZipEntry, budget: number): Buffer {
  const at = entry.localOffset
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw invalid(`文件已损坏（${entry.name} 无法读取）。${SAVE_AS}`)
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw invalid(`文件不完整（${entry.name} 被截断），请重新上传`)
  const raw = bytes.subarray(start, end)
  if (entry.method === 0) {
    if (raw.length > budget) throw tooBig()
    return raw
  }
  if (entry.method !== 8) throw invalid(`文件使用了不支持的压缩方式。${SAVE_AS}`)
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) })
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig()
    throw invalid(`文件已损坏（${entry.name} 无法解压）。${SAVE_AS}`)
  }
}

/** Sheet names in workbook order, each with the number of rows that hold a value or formula. */
function listSheets(xml: Map<string, string>): TSheetInfo[] {
  const workbook = xml.get('xl/workbook.xml') ?? ''
  const rels = xml.get('xl/_rels/workbook.xml.rels') ?? ''
  const targets = new Map<string, string>()
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[1] ?? '')?.[1]
    const target = /\bTarget="([^"]+)"/.exec(match[1] ?? '')?.[1]
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'))
  }
  const sheets: TSheetInfo[] = []
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? ''
    const name = decodeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? '')
    const relId = /\br:id="([^"]+)"/.exec(attributes)?.[1] ?? /\b\w+:id="([^"]+)"/.exec(attributes)?.[1]
    const path = relId ? targets.get(relId) : undefined
    const sheetXml = path ? xml.get(path) : undefined
    if (!path || sheetXml === undefined) continue
    sheets.push({ name, path, ...countRows(sheetXml), ...measureMerges(sheetXml) })
  }
  return sheets
}

/**
 * Rows that carry a value, an inline string or a formula (formatting-only rows do not count), and
 * all row elements.
 */
export function countRows(sheetXml: string): { rowsWithValues: number; rowElements: number } {
  const starts = /<(?:\w+:)?row\b[^>]*?(\/?)>/g
  let rowsWithValues = 0
  let rowElements = 0
  let match: RegExpExecArray | null
  while ((match = starts.exec(sheetXml)) !== null) {
    rowElements += 1
    if (match[1] === '/') continue
    const from = starts.lastIndex
    const end = sheetXml.indexOf('row>', from)
    const body = sheetXml.slice(from, end < 0 ? sheetXml.length : end)
    if (/<(?:\w+:)?(v|is|f)[\s>]/.test(body)) rowsWithValues += 1
    if (end < 0) break
    starts.lastIndex = end
  }
  return { rowsWithValues, rowElements }
}

function measureMerges(sheetXml: string): { merges: number; mergedCells: number } {
  let merges = 0
  let mergedCells = 0
  for (const match of sheetXml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    merges += 1
    const rows = Math.abs(Number(match[4]) - Number(match[2])) + 1
    const columns = Math.abs(columnNumber(match[3] ?? 'A') - columnNumber(match[1] ?? 'A')) + 1
    mergedCells += rows * columns
  }
  return { merges, mergedCells }
}

function columnNumber(letters: string): number {
  let n = 0
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
