import type { TArrangementIssue } from '../../../types/api/arrangement'
import { ZActivityInput, type TActivityInput, type TActivityInputRaw } from '../../../types/api/unit-activities'
import { zhErrorMap } from '../../../types/zod-locale'
import { CATEGORY_LIST, COLUMN_LABELS, matchCategory, type TColumnKey } from './columns'
import { cellText, type TCellContent } from './excel'
import { parseContact } from './parse-contact'
import { dayOf, parseTimeCell, toIso } from './parse-time'

export type TParseContext = {
  year: number
  /** YYYY-MM-DD, the campaign's period: activities must start and end inside it. */
  periodStart: string
  periodEnd: string
  /** The importing unit's name (compared with 单位(组织)); null when unknown (the CLI). */
  unitName: string | null
}
type TCells = Partial<Record<TColumnKey, TCellContent>>
export type TRowResult = { ok: boolean; errors: TArrangementIssue[]; warnings: TArrangementIssue[]; label: string; activity: TActivityInput | null }

/** Where ZActivityInput's fields are written in 附件2. */
const FIELD_COLUMN: Record<string, TColumnKey> = {
  seqNo: 'seq',
  title: 'title',
  description: 'title',
  startsAt: 'time',
  endsAt: 'time',
  locationName: 'place',
  contactName: 'contact',
  contactPhone: 'contact',
  category: 'category',
  coOrganisers: 'unit',
}
const TITLE_SHORT = 30

/**
 * One 附件2 row → the activity the form would create, or the reasons it cannot be one. Each
 * column is read on its own terms, then the whole goes through ZActivityInput (the form's own
 * schema) and the campaign's period, so a row the import accepts is one the form would.
 */
export function parseRow(cells: TCells, context: TParseContext): TRowResult {
  const errors: TArrangementIssue[] = []
  const warnings: TArrangementIssue[] = []
  const failed = new Set<TColumnKey>()
  const fail = (key: TColumnKey, message: string): void => {
    failed.add(key)
    errors.push({ column: COLUMN_LABELS[key], message })
  }
  const warn = (key: TColumnKey, message: string): void => {
    warnings.push({ column: COLUMN_LABELS[key], message })
  }
  const text = (key: TColumnKey): string => {
    const cell = cells[key]
    if (!cell) return ''
    if (cell.kind === 'error') {
      fail(key, cell.message)
      return ''
    }
    return cellText(cell).trim()
  }

  const seqNo = readSeq(cells.seq)

  const organisers = readOrganisers(text('unit'), context.unitName)
  organisers.warnings.forEach((message) => warn('unit', message))

  let startsAt = `${context.periodStart}T09:00:00+08:00`
  let endsAt = `${context.periodStart}T10:00:00+08:00`
  const timeCell = cells.time ?? { kind: 'empty' as const }
  const time = parseTimeCell(timeCell, cells.date ?? null, { year: context.year, periodStart: context.periodStart })
  if (!time.ok) fail('time', time.error)
  else {
    time.warnings.forEach((message) => warn('time', message))
    const from = dayOf(time.start)
    const to = dayOf(time.end)
    if (from < context.periodStart || to > context.periodEnd) {
      fail('time', `活动日期 ${time.start.year}年${time.start.month}月${time.start.day}日${to !== from ? `至${time.end.month}月${time.end.day}日` : ''}不在活动月（${context.periodStart} 至 ${context.periodEnd}）内`)
    }
    startsAt = toIso(time.start)
    endsAt = toIso(time.end)
  }

  const place = text('place')
  if (place === '' && !failed.has('place')) fail('place', '没有填写活动地点')

  const titleText = [text('title'), cells.description ? text('description') : ''].filter(Boolean).join('\n')
  const titled = splitTitle(titleText)
  if (titled.title === '' && !failed.has('title')) fail('title', '没有填写活动名称及内容')
  if (titled.warning) warn('title', titled.warning)

  let contactName = '占位'
  let contactPhone = '13800000000'
  const contactText = cells.contact ? text('contact') : [text('contactName'), text('contactPhone')].filter(Boolean).join(' ')
  if (!failed.has('contact') && !failed.has('contactName') && !failed.has('contactPhone')) {
    const contact = parseContact(contactText)
    if (!contact.ok) fail('contact', contact.error)
    else {
      contactName = contact.name
      contactPhone = contact.phone
      contact.warnings.forEach((message) => warn('contact', message))
    }
  }

  const categoryText = text('category')
  const category = matchCategory(categoryText)
  if (!failed.has('category')) {
    if (categoryText === '') fail('category', `没有填写所属类别，应为：${CATEGORY_LIST}`)
    else if (!category) fail('category', `所属类别“${categoryText}”不在八类之中，应为：${CATEGORY_LIST}`)
  }

  const raw: TActivityInputRaw = {
    seqNo,
    title: titled.title || '占位',
    description: titled.description,
    startsAt,
    endsAt,
    locationName: place || '占位',
    contactName,
    contactPhone,
    category: category ?? 'care',
    coOrganisers: organisers.coOrganisers,
  }
  const parsed = ZActivityInput.safeParse(raw, { errorMap: zhErrorMap })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = FIELD_COLUMN[String(issue.path[0] ?? '')] ?? 'title'
      // A column that already failed has said what is wrong with it.
      if (failed.has(key) || (key === 'contact' && (failed.has('contactName') || failed.has('contactPhone')))) continue
      const prefix = issue.path[0] === 'coOrganisers' ? '协办单位名称' : ''
      fail(key, `${prefix}${issue.message}`)
    }
  }
  const ok = errors.length === 0 && parsed.success
  const timeLabel = cells.time && cells.time.kind !== 'error' ? cellText(cells.time).trim() : ''
  const label = titled.title || [timeLabel, place].filter(Boolean).join(' ') || '（空白）'
  return { ok, errors, warnings, label: label.slice(0, 60), activity: ok && parsed.success ? parsed.data : null }
}

function readSeq(cell: TCellContent | undefined): number | null {
  if (!cell) return null
  const value = cell.kind === 'number' ? cell.value : cell.kind === 'text' ? Number(cell.text.normalize('NFKC').trim()) : Number.NaN
  return Number.isInteger(value) && value >= 1 && value <= 100000 ? value : null
}

/**
 * 单位(组织): the unit itself, or several organisations "甲、乙" running it together. Whoever is
 * not the importing unit becomes a co-organiser; a single other name is only a warning (units
 * often write a department or a shorter name of themselves).
 */
export function readOrganisers(textValue: string, unitName: string | null): { coOrganisers: string[]; warnings: string[] } {
  const value = textValue.trim()
  if (value === '') return { coOrganisers: [], warnings: [] }
  const parts = [...new Set(value.split(/\s*[、,，;；/／\n]+\s*/).map((part) => part.trim()).filter(Boolean))]
  const same = (a: string, b: string): boolean => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '')
  if (unitName === null) return { coOrganisers: parts.slice(1), warnings: [] }
  const mine = parts.findIndex((part) => same(part, unitName))
  if (parts.length === 1) {
    return mine === 0 ? { coOrganisers: [], warnings: [] } : { coOrganisers: [], warnings: [`单位(组织)“${value}”与本单位“${unitName}”不一致，活动将记在本单位名下`] }
  }
  if (mine >= 0) return { coOrganisers: parts.filter((_, i) => i !== mine), warnings: [] }
  return {
    coOrganisers: parts,
    warnings: [`单位(组织)“${value}”中没有本单位“${unitName}”，已把这些单位记为协办单位，活动记在本单位名下`],
  }
}

/**
 * 活动名称及内容 in one cell: the first line is the name and the rest the content; one long line
 * is split at its first colon or full stop, else its first words name it.
 */
export function splitTitle(value: string): { title: string; description: string; warning: string | null } {
  const text = value.trim()
  if (text === '') return { title: '', description: '', warning: null }
  const firstBreak = text.search(/\r?\n/)
  if (firstBreak >= 0) return { title: text.slice(0, firstBreak).trim(), description: text.slice(firstBreak).trim(), warning: null }
  if (text.length <= 120) return { title: text, description: '', warning: null }
  const cut = /[：:。；;]/.exec(text.slice(0, 60))
  if (cut && cut.index >= 2) return { title: text.slice(0, cut.index).trim(), description: text.slice(cut.index + 1).trim(), warning: null }
  return {
    title: `${text.slice(0, TITLE_SHORT)}…`,
    description: text,
    warning: `活动名称及内容较长，已取前 ${TITLE_SHORT} 个字作为活动名称，全文作为活动内容，请核对`,
  }
}
