/**
 * 附件2 workbooks for the import tests and bench:import, written here with exceljs (as a unit's
 * Excel would save them) or as raw zip parts (for the hostile files exceljs would refuse to write).
 */
import type { CellValue } from 'exceljs'
import JSZip from 'jszip'
import { newWorkbook, workbookBytes, type TExcelWorkbook } from '../../cloud/lib/excel/new-workbook'

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const HEADER = ['序号', '单位(组织)', '时间', '地点', '活动名称及内容', '联系人及电话', '所属类别']
const CATEGORIES = ['理论宣讲类', '文化教育类', '文明倡导类', '爱心帮扶类', '环境保护类', '科学普及类', '医疗健康类', '法律服务类']

/** The notice's layout: "附件2", a merged title, the header on row 3, then `rows` from row 4. */
export function noticeWorkbook(rows: CellValue[][], options: { year?: number; unitName?: string } = {}): TExcelWorkbook {
  const workbook = newWorkbook()
  const sheet = workbook.addWorksheet('Sheet1')
  sheet.getCell('A1').value = '附件2'
  sheet.mergeCells('A2:G2')
  sheet.getCell('A2').value = `${options.year ?? 2030} 年 3 月学雷锋志愿服务活动安排表`
  sheet.getRow(3).values = HEADER
  rows.forEach((values, i) => {
    sheet.getRow(4 + i).values = values
  })
  return workbook
}

export { workbookBytes as toBuffer }

/** `count` valid, distinct activities for `unitName`, spread over March of `year`. */
export function validRows(count: number, unitName: string): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % 28)
    const hour = 8 + (i % 9)
    return [
      i + 1,
      unitName,
      `3月${day}日 ${hour}:00—${hour + 2}:00`,
      `社区服务中心 ${(i % 40) + 1} 号活动室`,
      `学雷锋志愿服务第 ${i + 1} 场\n为社区居民提供志愿服务`,
      `联系人${i % 50} 138${String(10000000 + i).slice(-8)}`,
      CATEGORIES[i % CATEGORIES.length],
    ]
  })
}

/** A generated workbook as a unit would fill it: `count` rows in the notice's layout. */
export async function generatedWorkbook(count: number, unitName: string, year = 2030): Promise<Buffer> {
  return workbookBytes(noticeWorkbook(validRows(count, unitName), { year, unitName }))
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="附件2" sheetId="1" r:id="rId1"/></sheets></workbook>`
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`

/** A minimal .xlsx written part by part, with the sheet XML given (for sizes exceljs cannot write quickly). */
export async function rawXlsx(sheetXml: string, extra: Record<string, string | Buffer> = {}): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', ROOT_RELS)
  zip.file('xl/workbook.xml', WORKBOOK)
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)
  zip.file('xl/worksheets/sheet1.xml', sheetXml)
  for (const [name, content] of Object.entries(extra)) zip.file(name, content)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } })
}

function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`
}

/** A sheet with the 附件2 header and `rows` data rows (one activity text each), built as raw XML. */
export function hugeSheetXml(rows: number): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
  parts.push(`<row r="1">${HEADER.map((h, i) => inlineCell(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`)
  for (let r = 2; r <= rows + 1; r += 1) parts.push(`<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c></row>`)
  parts.push('</sheetData></worksheet>')
  return parts.join('')
}

/** The zip's central directory made to claim every entry is tiny: only a real inflate size cap stops this. */
export function lieAboutSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip)
  for (let i = 0; i + 46 <= out.length; i += 1) {
    if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(100, i + 24)
  }
  return out
}
