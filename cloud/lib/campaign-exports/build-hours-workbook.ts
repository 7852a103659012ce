import { newStreamingWorkbook } from '../excel/new-workbook'
import { shanghaiMinute } from '../time/shanghai'
import { ID_NOT_COLLECTED_NOTE, PHONE_MASKED_NOTE } from './hours-consent'

export type THoursLine = {
  personName: string
  phone: string | null
  phoneConsented: boolean
  activityTitle: string
  unitName: string
  districtName: string | null
  checkedInAt: Date
  checkedOutAt: Date
  hours: number
  autoClosed: boolean
  corrected: boolean
}

export type THoursWorkbookInput = {
  campaignTitle: string
  scopeLabel: string
  periodLabel: string
  generatedAt: Date
  lines: THoursLine[]
  leftOut: { notCheckedOut: number; zeroHours: number }
}

/**
 * The columns of the batch-entry sheet, in the order volunteer systems' 批量导入 templates ask for
 * them (i志愿 / 中国志愿服务网 补录服务时长: the person, how to identify them, the activity, the date,
 * the hours, the organisation), header in row 1 so the sheet imports as it is. Documented in README
 * ("Volunteer-hours sheet").
 */
export const HOURS_COLUMNS = [
  { head: '序号', width: 7 },
  { head: '姓名', width: 12 },
  { head: '证件类型', width: 10 },
  { head: '证件号码', width: 20 },
  { head: '手机号', width: 14 },
  { head: '活动名称', width: 36 },
  { head: '服务日期', width: 12 },
  { head: '签到时间', width: 17 },
  { head: '签退时间', width: 17 },
  { head: '服务时长（小时）', width: 12 },
  { head: '服务组织/单位', width: 30 },
  { head: '所属区县', width: 14 },
  { head: '备注', width: 36 },
] as const


function remarks(line: THoursLine): string {
  return [
    line.phoneConsented ? null : PHONE_MASKED_NOTE,
    line.autoClosed ? '未签退，系统按活动结束时间补记签退' : null,
    line.corrected ? '签到记录经单位更正' : null,
  ]
    .filter((text): text is string => text !== null)
    .join('；')
}

/**
 * One row per person per activity. Dates and times are text in Asia/Shanghai ("2025-03-05",
 * "2025-03-05 09:00"): an import reads them as written, whatever time zone or date format the
 * computer opening the file uses; hours are numbers. Written with the streaming writer: a month of
 * a city's check-ins is tens of thousands of rows.
 */
export async function buildHoursWorkbook(input: THoursWorkbookInput): Promise<Buffer> {
  // A sheet for machines: no fonts, borders or number formats (a styled cell costs exceljs a style
  // lookup each — three times the time for 30 000 rows); hours are numbers rounded to 0.01 already.
  const { workbook, finish } = newStreamingWorkbook({ styles: false })
  workbook.creator = '学雷锋志愿服务月'
  const sheet = workbook.addWorksheet('服务时长', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = HOURS_COLUMNS.map((column) => ({ width: column.width }))
  sheet.addRow(HOURS_COLUMNS.map((column) => column.head)).commit()
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HOURS_COLUMNS.length } }
  input.lines.forEach((line, index) => {
    const checkedIn = shanghaiMinute(line.checkedInAt)
    sheet
      .addRow([
        index + 1,
        line.personName,
        // 证件类型 / 证件号码: never collected; left truly empty, so an import sees no value.
        null,
        null,
        line.phone,
        line.activityTitle,
        checkedIn.slice(0, 10),
        checkedIn,
        shanghaiMinute(line.checkedOutAt),
        line.hours,
        line.unitName,
        line.districtName,
        remarks(line) || null,
      ])
      .commit()
  })
  sheet.commit()

  const people = new Set(input.lines.map((line) => `${line.personName}|${line.phone ?? ''}`)).size
  const withPhone = input.lines.filter((line) => line.phoneConsented).length
  const notes = workbook.addWorksheet('说明')
  notes.columns = [{ width: 28 }, { width: 120 }]
  const facts: Array<[string, string | number]> = [
    ['活动月', input.campaignTitle],
    ['范围', input.scopeLabel],
    ['统计时段', input.periodLabel],
    ['导出时间', `${shanghaiMinute(input.generatedAt)}（北京时间）`],
    ['记录条数', input.lines.length],
    ['志愿者人数', people],
    ['含手机号的记录', withPhone],
    ['手机号已打码的记录', input.lines.length - withPhone],
    ['未列入：尚未签退', input.leftOut.notCheckedOut],
    ['未列入：服务时长为 0', input.leftOut.zeroHours],
    ['每行', '一名志愿者参加一项活动的一次签到、签退（同一人参加多项活动为多行）'],
    ['服务日期、签到时间、签退时间', '北京时间，以文本写出（YYYY-MM-DD / YYYY-MM-DD HH:mm），导入时不会因电脑时区或日期格式改变'],
    ['服务时长（小时）', '签到至签退与活动时间重叠的时长，两位小数；签到早于活动开始或签退晚于活动结束的部分不计'],
    ['手机号', `只在志愿者同意隐私说明（用于组织方联系及记录志愿服务时长）后列出；否则打码并在备注中说明（${PHONE_MASKED_NOTE}）`],
    ['证件类型、证件号码', ID_NOT_COLLECTED_NOTE],
  ]
  for (const [label, value] of facts) notes.addRow([label, value]).commit()
  notes.commit()
  return finish()
}
