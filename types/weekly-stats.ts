import { SERVED_POPULATIONS, type TServedPopulation } from './domain'

/**
 * Rules of the 肇庆 活动开展情况统计表 shared by the functions and the app: how an activity is named in
 * the table, what a contact may type into each cell, and the 合计 row. The app runs the same checks
 * while people type; the server runs them again and refuses what fails, naming activity and field.
 */

export const MAX_LINKS_PER_ACTIVITY = 20
export const MAX_LINK_LENGTH = 500
export const MAX_DESCRIPTION_LENGTH = 100
export const MAX_BODY_LENGTH = 20000
export const MAX_PICTURES = 20
/** 投入资金及物料 above this is surely a typo (a hundred million yuan for one activity). */
export const MAX_FUNDS_YUAN = 99_999_999.99
/** Counts people type (服务人次, reports, reads) above this are surely typos. */
export const MAX_COUNT = 100_000_000

export type TServedInput = { population: TServedPopulation; description?: string | null; count: number }
export type TMediaInput = { printReports: number; webReports: number; links: string[]; readCount: number }
export type TEditableStats = { served: TServedInput[]; fundsYuan: number | null; media: TMediaInput }

/** 活动名称（含主办单位）: "活动名称（主办单位、协办单位…）". */
export function formatActivityName(title: string, host: string, coOrganisers: readonly string[]): string {
  const organisers = [host, ...coOrganisers.filter((name) => name.trim() !== '' && name.trim() !== host)].map((name) => name.trim())
  return `${title}（${organisers.join('、')}）`
}

/** 类型 cell: the types' names, with each one's 服务人次 when there are several. */
export function describeServed(served: readonly TServedInput[]): string {
  const label = (entry: TServedInput) =>
    entry.population === 'other' ? `其他：${(entry.description ?? '').trim()}` : SERVED_POPULATIONS[entry.population]
  if (served.length <= 1) return served.map(label).join('')
  return served.map((entry) => `${label(entry)}（${entry.count}）`).join('、')
}

/** An http(s) link as people paste it from a browser or WeChat's 复制链接. */
export function isValidLink(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LINK_LENGTH || /\s/.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^[^.]+(\.[^.]+)+$/.test(url.hostname)
  } catch {
    return false
  }
}

function checkCount(value: number, field: string, where: string): string | null {
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) return `${where}的${field}应为不小于 0 的整数`
  if (value > MAX_COUNT) return `${where}的${field}太大，请检查`
  return null
}

/** Yuan with at most two decimals (分), never negative. */
export function checkYuan(value: number, where: string): string | null {
  if (!Number.isFinite(value) || value < 0) return `${where}的投入资金及物料（元）应为不小于 0 的金额`
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return `${where}的投入资金及物料（元）最多保留两位小数`
  if (value > MAX_FUNDS_YUAN) return `${where}的投入资金及物料（元）太大，请检查`
  return null
}

/**
 * What is wrong with one activity's typed cells, in Chinese, each message naming the activity
 * (「title」) and the field. An empty list means the row can be saved.
 */
export function checkStatsRow(row: TEditableStats, title: string): string[] {
  const where = `「${title}」`
  const problems: string[] = []
  const seen = new Set<TServedPopulation>()
  for (const entry of row.served) {
    const name = SERVED_POPULATIONS[entry.population]
    if (seen.has(entry.population)) problems.push(`${where}的覆盖人群“${name}”重复了`)
    seen.add(entry.population)
    const description = (entry.description ?? '').trim()
    if (entry.population === 'other' && description === '') problems.push(`${where}的覆盖人群选了“其他”，请说明是哪类人群`)
    if (description.length > MAX_DESCRIPTION_LENGTH) problems.push(`${where}的覆盖人群说明最多 ${MAX_DESCRIPTION_LENGTH} 个字`)
    const countProblem = checkCount(entry.count, `服务人次（${name}）`, where)
    if (countProblem) problems.push(countProblem)
  }
  if (row.fundsYuan !== null) {
    const fundsProblem = checkYuan(row.fundsYuan, where)
    if (fundsProblem) problems.push(fundsProblem)
  }
  const { media } = row
  for (const [value, field] of [
    [media.printReports, '纸媒报道数'],
    [media.webReports, '网站报道数'],
    [media.readCount, '网页或微信阅读数'],
  ] as const) {
    const problem = checkCount(value, field, where)
    if (problem) problems.push(problem)
  }
  if (media.links.length > MAX_LINKS_PER_ACTIVITY) problems.push(`${where}的网页或微信链接最多 ${MAX_LINKS_PER_ACTIVITY} 条`)
  media.links.forEach((link, index) => {
    if (!isValidLink(link)) problems.push(`${where}的第 ${index + 1} 条链接不是有效的网址（应以 http:// 或 https:// 开头）`)
  })
  if (new Set(media.links).size !== media.links.length) problems.push(`${where}的网页或微信链接有重复`)
  return problems
}

export type TStatsFigures = { volunteerCount: number; organisationCount: number; serviceHours: number }
export type TStatsRowValues = TStatsFigures & { served: TServedInput[]; fundsYuan: number | null; media: TMediaInput }

export type TStatsTotals = {
  volunteerCount: number
  organisationCount: number
  servedCount: number
  serviceHours: number
  fundsYuan: number
  printReports: number
  webReports: number
  linkCount: number
  readCount: number
}

export function sumServed(served: readonly TServedInput[]): number {
  return served.reduce((sum, entry) => sum + (Number.isFinite(entry.count) ? entry.count : 0), 0)
}

/** A media row worth listing in 媒体宣传情况: anything reported at all. */
export function hasMedia(media: TMediaInput): boolean {
  return media.printReports > 0 || media.webReports > 0 || media.readCount > 0 || media.links.length > 0
}

/**
 * The 合计 rows. Hours and yuan are added in hundredths, so 0.1 + 0.2 is 0.3 and the total equals
 * what a person adds up by hand.
 */
export function computeTotals(rows: readonly TStatsRowValues[]): TStatsTotals {
  const hundredths = (value: number | null) => (value !== null && Number.isFinite(value) ? Math.round(value * 100) : 0)
  const count = (value: number) => (Number.isFinite(value) ? value : 0)
  let hours = 0
  let funds = 0
  const totals: TStatsTotals = {
    volunteerCount: 0,
    organisationCount: 0,
    servedCount: 0,
    serviceHours: 0,
    fundsYuan: 0,
    printReports: 0,
    webReports: 0,
    linkCount: 0,
    readCount: 0,
  }
  for (const row of rows) {
    totals.volunteerCount += row.volunteerCount
    totals.organisationCount += row.organisationCount
    totals.servedCount += sumServed(row.served)
    hours += hundredths(row.serviceHours)
    funds += hundredths(row.fundsYuan)
    totals.printReports += count(row.media.printReports)
    totals.webReports += count(row.media.webReports)
    totals.linkCount += row.media.links.length
    totals.readCount += count(row.media.readCount)
  }
  totals.serviceHours = hours / 100
  totals.fundsYuan = funds / 100
  return totals
}

/** "1,234.50" for yuan; hours as "12.5". */
export function formatYuan(value: number): string {
  // By hand: Intl's grouping options are not available in every mini-program JS engine.
  const [whole = '0', fraction = '00'] = (Math.round(value * 100) / 100).toFixed(2).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`
}
export function formatHours(value: number): string {
  return String(Math.round(value * 100) / 100)
}
