import type { Worksheet } from 'exceljs'
import { ACTIVITY_CATEGORIES, type TActivityCategory } from '../../../types/domain'
import { toShanghaiIso } from '../time/shanghai'
import { CATEGORY_NOTE } from './columns'
import { newWorkbook, workbookBytes } from '../excel/new-workbook'
import { a4OnePageWide, BODY_FONT, THIN_BORDER, writeAttachmentMark } from '../excel/sheet-style'

export type TExportActivity = {
  title: string
  description: string
  startsAt: Date
  endsAt: Date
  locationName: string
  contactName: string
  contactPhone: string
  category: TActivityCategory
  coOrganisers: string[]
  /** The row's 单位(组织) when a table gathers several units (the organisers' export); else input.unitName. */
  unitName?: string
  /**
   * A heading row ("海州区") written before the first activity of each new section, for a table
   * grouped by district; 序号 keeps running across sections.
   */
  section?: string
}

export type TExportInput = { unitName: string; year: number; month: number; today: Date; activities: TExportActivity[] }

const HEADERS = ['序号', '单位(组织)', '时间', '地点', '活动名称及内容', '联系人及电话', '所属类别']
const WIDTHS = [6, 20, 22, 22, 44, 20, 13]
const HEADER_ROW = 4
/** Blank bordered rows in an export with no activity yet: the file is then the unit's template. */
const TEMPLATE_ROWS = 5

/**
 * 附件2 in the notice's layout: "附件2", the title with the campaign's year and month, the
 * 填报单位（盖章）/ 填报日期 line, the header, one row per activity and the category note — with
 * column widths, borders and an A4 landscape print setup. It reads back through the importer
 * unchanged (times as "3月6日 14:30—16:30", 联系人及电话 as "name phone", 单位 with co-organisers).
 */
export async function buildArrangementWorkbook(input: TExportInput): Promise<Buffer> {
  const workbook = newWorkbook()
  workbook.creator = '学雷锋志愿服务月'
  const sheet = workbook.addWorksheet('附件2', {
    pageSetup: {
      ...a4OnePageWide('landscape'),
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  })
  sheet.columns = WIDTHS.map((width) => ({ width }))

  writeAttachmentMark(sheet, '附件2')

  sheet.mergeCells(2, 1, 2, HEADERS.length)
  const title = sheet.getCell(2, 1)
  title.value = `${input.year} 年 ${input.month} 月学雷锋志愿服务活动安排表`
  title.font = { name: '方正小标宋简体', size: 18, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(2).height = 40

  sheet.mergeCells(3, 1, 3, 4)
  sheet.getCell(3, 1).value = `填报单位（盖章）：${input.unitName}`
  sheet.mergeCells(3, 5, 3, HEADERS.length)
  sheet.getCell(3, 5).value = `填报日期：${chineseDate(input.today)}`
  sheet.getCell(3, 5).alignment = { horizontal: 'right' }
  for (const column of [1, 5]) sheet.getCell(3, column).font = BODY_FONT
  sheet.getRow(3).height = 22

  const header = sheet.getRow(HEADER_ROW)
  header.values = HEADERS
  header.height = 30
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 12, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = THIN_BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  })

  let r = HEADER_ROW + 1
  let section: string | undefined
  input.activities.forEach((activity, index) => {
    if (activity.section !== undefined && activity.section !== section) {
      section = activity.section
      writeSectionRow(sheet, r, section)
      r += 1
    }
    const row = sheet.getRow(r)
    row.values = [
      index + 1,
      [activity.unitName ?? input.unitName, ...activity.coOrganisers].join('、'),
      formatTimeRange(activity.startsAt, activity.endsAt, input.year),
      activity.locationName,
      activity.description ? `${activity.title}\n${activity.description}` : activity.title,
      [activity.contactName, activity.contactPhone].filter(Boolean).join(' '),
      ACTIVITY_CATEGORIES[activity.category],
    ]
    styleBodyRow(sheet, r)
    r += 1
  })
  const blanks = input.activities.length === 0 ? TEMPLATE_ROWS : 0
  for (let i = 0; i < blanks; i += 1) styleBodyRow(sheet, r + i)

  const noteRow = r + blanks
  sheet.mergeCells(noteRow, 1, noteRow, HEADERS.length)
  const note = sheet.getCell(noteRow, 1)
  note.value = CATEGORY_NOTE
  note.font = BODY_FONT
  note.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
  sheet.getRow(noteRow).height = 30

  return workbookBytes(workbook)
}

/** A district's heading across the table, bold on grey, as summary tables group their rows. */
function writeSectionRow(sheet: Worksheet, r: number, text: string): void {
  sheet.mergeCells(r, 1, r, HEADERS.length)
  const cell = sheet.getCell(r, 1)
  cell.value = text
  cell.font = { ...BODY_FONT, bold: true }
  cell.alignment = { horizontal: 'left', vertical: 'middle' }
  cell.border = THIN_BORDER
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7F7F7' } }
  sheet.getRow(r).height = 22
}

function styleBodyRow(sheet: Worksheet, r: number): void {
  const row = sheet.getRow(r)
  for (let c = 1; c <= HEADERS.length; c += 1) {
    const cell = row.getCell(c)
    cell.font = BODY_FONT
    cell.border = THIN_BORDER
    const centred = c === 1 || c === 3 || c === HEADERS.length
    cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true }
  }
}

/** "3月6日 14:30—16:30"; another day's end written out; the year only when it is not the campaign's. */
export function formatTimeRange(startsAt: Date, endsAt: Date, campaignYear: number): string {
  const start = toShanghaiIso(startsAt)
  const end = toShanghaiIso(endsAt)
  const day = (iso: string): string => {
    const year = Number(iso.slice(0, 4))
    return `${year === campaignYear ? '' : `${year}年`}${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
  }
  const clock = (iso: string): string => `${Number(iso.slice(11, 13))}:${iso.slice(14, 16)}`
  const sameDay = start.slice(0, 10) === end.slice(0, 10)
  // The importer reads a bare 1:00–6:59 start as the afternoon; an early start says 上午.
  const early = Number(start.slice(11, 13)) >= 1 && Number(start.slice(11, 13)) <= 6 ? '上午' : ''
  return `${day(start)} ${early}${clock(start)}—${sameDay ? '' : `${day(end)} `}${clock(end)}`
}

function chineseDate(value: Date): string {
  const iso = toShanghaiIso(value)
  return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
}
