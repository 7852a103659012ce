import type { TCellContent } from './excel'

/** A wall-clock time in Asia/Shanghai. */
export type TLocalTime = { year: number; month: number; day: number; hour: number; minute: number }
export type TParsedTime = { ok: true; start: TLocalTime; end: TLocalTime; warnings: string[] } | { ok: false; error: string }
/** The campaign the table belongs to: dates written without a year take its year. */
export type TTimeContext = { year: number; periodStart: string }

type TPeriod = 'am' | 'noon' | 'pm' | 'evening' | 'day'
type TDate = { year: number | null; month: number | null; day: number }
type TPart = { date: TDate | null; period: TPeriod | null; time: { hour: number; minute: number } | null }

const PERIOD_WORDS: Array<[RegExp, TPeriod]> = [
  [/^(上午|早上|早晨|清晨|早)/, 'am'],
  [/^(中午)/, 'noon'],
  [/^(下午|午后)/, 'pm'],
  [/^(晚上|傍晚|夜间|晚间|晚)/, 'evening'],
  [/^(全天|全日|白天|一天)/, 'day'],
]
/** Whole-period defaults when only a date (and perhaps 上午/下午) is written. */
const DEFAULTS: Record<TPeriod, [number, number, number, number]> = {
  am: [9, 0, 12, 0],
  noon: [11, 30, 13, 30],
  pm: [14, 0, 17, 0],
  evening: [19, 0, 21, 0],
  day: [9, 0, 17, 0],
}
const DEFAULT_LENGTH_MINUTES = 120
const HINT = '请写成“3月6日 9:00—11:30”这样的日期和起止时间'

/**
 * 时间 as units write it: "3月6日下午2:30-4:30", "3月6日 9:00—11:30", "2024.3.12 14:30—16:30",
 * "2024年3月5日上午", "3/5 8:30-10:00", full-width digits and colons, 上午/下午/晚上, 至/~/—/－ —
 * or an Excel date (serial or Date cell), optionally with a separate 日期 column. A date alone gets
 * a whole-morning/afternoon/day default and a warning; a start alone gets two hours and a warning.
 */
export function parseTimeCell(time: TCellContent, date: TCellContent | null, context: TTimeContext): TParsedTime {
  let fallback: TDate | null = null
  if (date && date.kind !== 'empty') {
    const parsed = dateFromCell(date)
    if (!parsed) return { ok: false, error: `日期“${cellLabel(date)}”无法识别，请写成“3月6日”` }
    fallback = parsed
  }
  const text = cellAsTimeText(time)
  if (text === null) {
    if (time.kind === 'error') return { ok: false, error: time.message }
    return { ok: false, error: `时间“${cellLabel(time)}”无法识别，${HINT}` }
  }
  if (text === '') {
    if (!fallback) return { ok: false, error: '没有填写时间' }
    return combine({ date: fallback, period: null, time: null }, null, context, '')
  }
  return parseTimeText(text, context, fallback)
}

export function parseTimeText(original: string, context: TTimeContext, fallback: TDate | null = null): TParsedTime {
  const text = normaliseTimeText(original)
  const unknown: TParsedTime = { ok: false, error: `时间“${original.trim()}”无法识别，${HINT}` }
  if (/每(天|日|周|星期|月)|周末|工作日|双休/.test(original.normalize('NFKC'))) {
    return { ok: false, error: `时间“${original.trim()}”是重复的活动，请每次活动单独填一行，写明日期和时间` }
  }
  if (/待定|另行通知|待通知|不定期|tbd/i.test(text)) return { ok: false, error: '时间还未确定的活动不能导入，请定下日期和时间后再填写' }
  const pieces = text.split('-').map((piece) => piece.trim())
  if (pieces.length > 2 || pieces.some((piece, i) => piece === '' && !(i === 1 && pieces.length === 2))) return unknown
  const wholeCell = pieces.length === 1
  const first = parsePart(pieces[0] ?? '', { dayOnly: false, wholeCell })
  const second = pieces.length === 2 && pieces[1] !== '' ? parsePart(pieces[1] ?? '', { dayOnly: true, wholeCell: false }) : null
  if (!first || (pieces.length === 2 && pieces[1] !== '' && !second)) return unknown
  if (!first.date && fallback) first.date = fallback
  if (!first.date) return { ok: false, error: `时间“${original.trim()}”没有写日期，${HINT}` }
  return combine(first, second, context, original.trim())
}

/** Full-width to ASCII, the many dashes to one, dates with dashes to 年月日, notes in brackets out. */
export function normaliseTimeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[([【]\s*(周|星期|礼拜)[一二三四五六日天]\s*[)\]】]/g, ' ')
    .replace(/(周|星期|礼拜)[一二三四五六日天]/g, ' ')
    .replace(/[([【][^)\]】]*[)\]】]/g, ' ')
    .replace(/(\d{4})-(\d{1,2})-(\d{1,2})/g, '$1年$2月$3日')
    .replace(/(\d)\s*一\s*(\d)/g, '$1-$2')
    .replace(/[—–―‐‑‒−─━~〜]+/g, '-')
    .replace(/\s*(?:至|到|-+)\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

function parsePart(input: string, options: { dayOnly: boolean; wholeCell: boolean }): TPart | null {
  let rest = input.trim()
  const part: TPart = { date: null, period: null, time: null }
  const take = (match: RegExpExecArray): void => {
    rest = rest.slice(match[0].length).trim()
  }
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})\s*[年./]\s*(\d{1,2})\s*[月./]\s*(\d{1,2})\s*[日号]?/.exec(rest))) {
    part.date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    take(m)
  } else if ((m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/.exec(rest))) {
    part.date = { year: null, month: Number(m[1]), day: Number(m[2]) }
    take(m)
  } else if ((m = /^(\d{1,2})\s*\/\s*(\d{1,2})(?![\d:])\s*[日号]?/.exec(rest))) {
    part.date = { year: null, month: Number(m[1]), day: Number(m[2]) }
    take(m)
  } else if ((m = /^(\d{1,2})\.(\d{1,2})(?![\d:.])/.exec(rest)) && (options.wholeCell || /^\s|^[^\x00-\x7f]/.test(rest.slice(m[0].length)))) {
    // "3.12 14:30" is a date; "8.30" on its own in a range is a time.
    part.date = { year: null, month: Number(m[1]), day: Number(m[2]) }
    take(m)
  } else if (options.dayOnly && (m = /^(\d{1,2})\s*[日号]/.exec(rest))) {
    part.date = { year: null, month: null, day: Number(m[1]) }
    take(m)
  }
  for (const [pattern, period] of PERIOD_WORDS) {
    const found = pattern.exec(rest)
    if (found) {
      part.period = period
      take(found)
      break
    }
  }
  if ((m = /^(\d{1,2})\s*(?::\s*(\d{1,2})|\.(\d{2})|[点时]\s*(?:(半)|(\d{1,2})\s*分?)?)?/.exec(rest))) {
    const hour = Number(m[1])
    const minute = m[4] ? 30 : Number(m[2] ?? m[3] ?? m[5] ?? 0)
    if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null
    part.time = { hour, minute }
    take(m)
  }
  rest = rest.replace(/^(开始|起|左右|前后|结束|止|许|整)+/, '').trim()
  if (rest !== '') return null
  if (!part.date && !part.period && !part.time) return null
  return part
}

function combine(first: TPart, second: TPart | null, context: TTimeContext, original: string): TParsedTime {
  const warnings: string[] = []
  const startDate = resolveDate(first.date, null, context)
  if (!startDate.ok) return startDate
  const endDate = second?.date ? resolveDate(second.date, startDate.value, context) : startDate
  if (!endDate.ok) return endDate
  const sameDay = sameDate(startDate.value, endDate.value)
  const startPeriod = first.period
  const endPeriod = second?.period ?? (sameDay ? first.period : null)

  let start: [number, number]
  let end: [number, number]
  if (!first.time && !second?.time) {
    const [sh, sm, eh, em] = DEFAULTS[startPeriod ?? 'day']
    start = [sh, sm]
    const endDefaults = DEFAULTS[endPeriod ?? 'day']
    end = sameDay ? [eh, em] : [endDefaults[2], endDefaults[3]]
    const what = startPeriod && startPeriod !== 'day' ? `只写了${periodLabel(startPeriod)}` : '只写了日期，没有具体时间'
    warnings.push(`${what}，已按 ${clock(start)}—${clock(end)} 导入，请核对`)
  } else if (first.time && !second?.time) {
    start = applyPeriod(first.time, startPeriod)
    if (second?.date && !sameDay) {
      end = [17, 0]
      warnings.push(`没有写结束时间，已按结束日 ${clock(end)} 导入，请核对`)
    } else {
      const total = Math.min(start[0] * 60 + start[1] + DEFAULT_LENGTH_MINUTES, 23 * 60 + 59)
      end = [Math.floor(total / 60), total % 60]
      warnings.push(`没有写结束时间，已按 2 小时（至 ${clock(end)}）导入，请核对`)
    }
  } else if (!first.time && second?.time) {
    const defaults = DEFAULTS[startPeriod ?? 'day']
    start = [defaults[0], defaults[1]]
    end = applyPeriod(second.time, endPeriod)
    warnings.push(`没有写开始时间，已按 ${clock(start)} 开始导入，请核对`)
  } else {
    start = applyPeriod(first.time!, startPeriod)
    end = applyPeriod(second!.time!, endPeriod)
    if (!startPeriod && !endPeriod && start[0] >= 1 && start[0] <= 6) {
      // Nobody starts a volunteer activity at 2:30 at night: "2:30-4:30" means the afternoon.
      start = [start[0] + 12, start[1]]
      if (end[0] < 12) end = [end[0] + 12, end[1]]
      warnings.push(`时间“${original}”没有写上午还是下午，已按下午 ${clock(start)}—${clock(end)} 导入，请核对`)
    } else if (sameDay && !second?.period && minutes(end) <= minutes(start) && end[0] < 12 && end[0] + 12 > start[0]) {
      // "9:00-3:00", "下午1:30-12:30"? The end is on the clock's second round.
      end = [end[0] + 12, end[1]]
    }
  }
  if (end[0] === 24) end = [23, 59]
  const startAt = { ...startDate.value, hour: start[0], minute: start[1] }
  const endAt = { ...endDate.value, hour: end[0], minute: end[1] }
  if (compare(endAt, startAt) <= 0) {
    return { ok: false, error: `结束时间（${describe(endAt)}）应晚于开始时间（${describe(startAt)}）` }
  }
  return { ok: true, start: startAt, end: endAt, warnings }
}

type TDay = { year: number; month: number; day: number }

function resolveDate(date: TDate | null, startDay: TDay | null, context: TTimeContext): { ok: true; value: TDay } | { ok: false; error: string } {
  if (!date) return { ok: false, error: '没有填写日期' }
  const month = date.month ?? startDay?.month
  if (!month) return { ok: false, error: '没有填写月份' }
  let year = date.year ?? startDay?.year ?? context.year
  if (date.year === null && !startDay) {
    // A campaign running across New Year: "1月5日" in a campaign from 3月5日 is next year's.
    const candidate = `${year}-${pad(month)}-${pad(date.day)}`
    if (candidate < context.periodStart && Number(context.periodStart.slice(0, 4)) === year) year += 1
  } else if (date.year === null && startDay && (month < startDay.month || (month === startDay.month && date.day < startDay.day))) {
    year = startDay.year + 1
  }
  const check = new Date(Date.UTC(year, month - 1, date.day))
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date.day) {
    return { ok: false, error: `日期“${date.year ? `${date.year}年` : ''}${month}月${date.day}日”不存在` }
  }
  return { ok: true, value: { year, month, day: date.day } }
}

function applyPeriod(time: { hour: number; minute: number }, period: TPeriod | null): [number, number] {
  const { hour, minute } = time
  if ((period === 'pm' || period === 'evening') && hour < 12) return [hour + 12, minute]
  if (period === 'noon' && hour >= 1 && hour <= 5) return [hour + 12, minute]
  return [hour, minute]
}

/** A date-ish cell (a Date, an Excel serial, or text) as a day, for the optional 日期 column. */
function dateFromCell(cell: TCellContent): TDate | null {
  const text = cellAsTimeText(cell)
  if (!text) return null
  const part = parsePart(normaliseTimeText(text), { dayOnly: false, wholeCell: true })
  return part?.date && !part.time ? part.date : null
}

/**
 * Dates and Excel serials become the text a person would have typed, so every form goes through
 * one parser. exceljs hands dates over as UTC Dates holding the sheet's wall-clock digits.
 * Returns '' for an empty cell, null for content that cannot be a time.
 */
function cellAsTimeText(cell: TCellContent): string | null {
  switch (cell.kind) {
    case 'empty':
      return ''
    case 'text':
      return cell.text
    case 'error':
      return null
    case 'number':
      if (cell.value >= 0 && cell.value < 1) return fromSerial(cell.value)
      if (cell.value >= 20000 && cell.value < 80000) return fromSerial(cell.value)
      return null
    case 'date':
      return fromUtcDate(cell.value)
  }
}

function fromSerial(serial: number): string {
  // Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included); round to the minute.
  const ms = Math.round((serial * 86400) / 60) * 60000 - 25569 * 86400000
  return fromUtcDate(new Date(ms))
}

function fromUtcDate(value: Date): string {
  const hour = value.getUTCHours()
  const minute = value.getUTCMinutes() + (value.getUTCSeconds() >= 30 ? 1 : 0)
  const clockText = `${hour}:${pad(minute === 60 ? 59 : minute)}`
  // Times alone are stored on Excel's day 0 (1899-12-30 / 1900-01-00).
  if (value.getUTCFullYear() < 1901) return clockText
  const day = `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`
  return hour === 0 && minute === 0 ? day : `${day} ${clockText}`
}

function cellLabel(cell: TCellContent): string {
  switch (cell.kind) {
    case 'text':
      return cell.text.trim()
    case 'number':
      return String(cell.value)
    case 'date':
      return cell.value.toISOString().slice(0, 10)
    default:
      return ''
  }
}

function periodLabel(period: TPeriod): string {
  return { am: '上午', noon: '中午', pm: '下午', evening: '晚上', day: '全天' }[period]
}

const pad = (n: number): string => String(n).padStart(2, '0')
const clock = ([h, m]: [number, number]): string => `${h}:${pad(m)}`
const minutes = ([h, m]: [number, number]): number => h * 60 + m
const sameDate = (a: TDay, b: TDay): boolean => a.year === b.year && a.month === b.month && a.day === b.day
const compare = (a: TLocalTime, b: TLocalTime): number =>
  Date.UTC(a.year, a.month - 1, a.day, a.hour, a.minute) - Date.UTC(b.year, b.month - 1, b.day, b.hour, b.minute)
const describe = (t: TLocalTime): string => `${t.month}月${t.day}日 ${t.hour}:${pad(t.minute)}`

/** ISO 8601 with +08:00, as the API and ZActivityInput take times. */
export function toIso(t: TLocalTime): string {
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:00+08:00`
}

/** The day of a local time, YYYY-MM-DD. */
export function dayOf(t: TLocalTime): string {
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`
}
