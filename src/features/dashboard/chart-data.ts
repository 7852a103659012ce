import type { TDashboardResponse, TDashboardSignupDay } from '../../../types/api/dashboard'
import { ACTIVITY_CATEGORIES, DEADLINE_KIND_LABELS } from '../../../types/domain'

/**
 * The dashboard's figures shaped for drawing and for reading: each panel is a chart spec (what to
 * draw, independent of the chart library) and the same figures as a table — the table is the
 * source of truth, shown beside the chart, and what remains when a chart cannot draw.
 */

export const COLORS = {
  primary: '#d7263d',
  light: '#f4b6bf',
  blue: '#3a78c9',
  amber: '#e08a00',
  green: '#2b9a66',
  grey: '#c2c7cf',
} as const

export type TChartSeries = {
  name: string
  data: number[]
  color: string
  /** mix charts: against which value axis the series is drawn (0 left, 1 right). */
  axis?: 0 | 1
}

export type TChartSpec = {
  /** column: vertical bars over categories; bar: horizontal bars (long names on the left); ring: shares of a whole; mix: side-by-side columns on two value axes. */
  kind: 'column' | 'bar' | 'ring' | 'mix'
  categories: string[]
  series: TChartSeries[]
  stacked?: boolean
  /** Unit of each value axis, e.g. ['人', '小时']. */
  axes?: string[]
  /** Values are percentages (0–100). */
  percent?: boolean
  /** ring: the figure written in the middle. */
  centre?: { value: string; label: string }
}

export type TFigureTable = {
  caption: string
  columns: Array<{ label: string; numeric?: boolean }>
  rows: string[][]
  /** 合计 row, when the figures add up. */
  total?: string[]
  /** A line under the table (how a figure is counted). */
  note?: string
}

export type TDashboardPanel = {
  key: 'signups' | 'categories' | 'districts' | 'service' | 'photos' | 'completeness'
  title: string
  /** null: nothing to draw yet (the table says so). */
  chart: TChartSpec | null
  /** Chart height in CSS px, from how many rows it draws (legible at 375 px). */
  height: number
  table: TFigureTable
}

const DAY_MS = 86_400_000

/** Every calendar day from the first to the last day with sign-ups, days without any as zeros. */
export function fillDays(days: TDashboardSignupDay[]): TDashboardSignupDay[] {
  if (days.length === 0) return []
  const byDay = new Map(days.map((d) => [d.day, d]))
  const first = Date.parse(`${days[0]!.day}T00:00:00Z`)
  const last = Date.parse(`${days[days.length - 1]!.day}T00:00:00Z`)
  const filled: TDashboardSignupDay[] = []
  for (let t = first; t <= last; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10)
    filled.push(byDay.get(day) ?? { day, signups: 0, cancelled: 0 })
  }
  return filled
}

/** 2030-03-05 → 3/5 */
export function shortDay(day: string): string {
  return `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`
}

/** 0.5556 → 55.6%; null → — */
export function formatShare(value: number | null): string {
  return value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`
}

/** Hours with at most two decimals, no trailing zeros: 9.75, 2, 0.5. */
export function formatHours(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/**
 * Parts of a whole as percentages with one decimal that add up to exactly 100 (largest remainder
 * first), so a 100 % stacked bar ends at 100, never 100.1 (which stretches the axis).
 */
export function percentParts(parts: number[], whole: number): number[] {
  if (whole <= 0) return parts.map(() => 0)
  const tenths = parts.map((n) => (n / whole) * 1000)
  const floors = tenths.map(Math.floor)
  let left = 1000 - floors.reduce((a, b) => a + b, 0)
  // Equal remainders (up to float noise) go to the larger part first: 4 of 6 reads 66.7, not 66.6.
  const order = tenths
    .map((t, i) => ({ i, t, rest: t - Math.floor(t) }))
    .sort((a, b) => (Math.abs(b.rest - a.rest) > 1e-9 ? b.rest - a.rest : b.t - a.t))
  for (const { i } of order) {
    if (left <= 0) break
    floors[i]! += 1
    left -= 1
  }
  return floors.map((t) => t / 10)
}

/** Height of a horizontal bar chart: room for each row's label and bar, plus axis and legend. */
function barHeight(rows: number): number {
  return Math.max(180, 96 + rows * 34)
}

export function dashboardPanels(d: TDashboardResponse): TDashboardPanel[] {
  return [signupsPanel(d), categoriesPanel(d), districtsPanel(d), servicePanel(d), photosPanel(d), completenessPanel(d)]
}

function signupsPanel(d: TDashboardResponse): TDashboardPanel {
  const days = fillDays(d.signupsByDay)
  const sum = (key: 'signups' | 'cancelled') => d.signupsByDay.reduce((n, r) => n + r[key], 0)
  return {
    key: 'signups',
    title: '每日报名',
    height: 240,
    chart:
      days.length === 0
        ? null
        : {
            kind: 'column',
            categories: days.map((r) => shortDay(r.day)),
            series: [{ name: '报名人次', data: days.map((r) => r.signups), color: COLORS.primary }],
            axes: ['人次'],
          },
    table: {
      caption: '每日报名（北京时间）',
      columns: [{ label: '日期' }, { label: '报名', numeric: true }, { label: '其中已取消', numeric: true }],
      rows: d.signupsByDay.map((r) => [shortDay(r.day), String(r.signups), String(r.cancelled)]),
      total: d.signupsByDay.length > 0 ? ['合计', String(sum('signups')), String(sum('cancelled'))] : undefined,
      note: d.signupsByDay.length === 0 ? '还没有人报名。' : '只列有报名的日期；取消的报名仍算在报名当天。',
    },
  }
}

function activityColumns(first: string): TFigureTable['columns'] {
  return [{ label: first }, { label: '已发布', numeric: true }, { label: '草稿', numeric: true }, { label: '重点活动', numeric: true }]
}

function activityTotal(rows: Array<{ published: number; drafts: number; keyActivities: number }>): string[] {
  const t = rows.reduce((s, r) => ({ p: s.p + r.published, d: s.d + r.drafts, k: s.k + r.keyActivities }), { p: 0, d: 0, k: 0 })
  return ['合计', String(t.p), String(t.d), String(t.k)]
}

function activitySeries(rows: Array<{ published: number; drafts: number }>): TChartSeries[] {
  return [
    { name: '已发布', data: rows.map((r) => r.published), color: COLORS.primary },
    { name: '草稿', data: rows.map((r) => r.drafts), color: COLORS.light },
  ]
}

function categoriesPanel(d: TDashboardResponse): TDashboardPanel {
  const rows = d.activitiesByCategory
  const any = rows.some((r) => r.published + r.drafts > 0)
  return {
    key: 'categories',
    title: '活动类别',
    height: barHeight(rows.length),
    chart: any ? { kind: 'bar', categories: rows.map((r) => ACTIVITY_CATEGORIES[r.category]), series: activitySeries(rows), stacked: true, axes: ['个'] } : null,
    table: {
      caption: '各类别活动数',
      columns: activityColumns('所属类别'),
      rows: rows.map((r) => [ACTIVITY_CATEGORIES[r.category], String(r.published), String(r.drafts), String(r.keyActivities)]),
      total: activityTotal(rows),
      note: '不含已撤回的活动。',
    },
  }
}

function districtsPanel(d: TDashboardResponse): TDashboardPanel {
  const rows = d.activitiesByDistrict
  const any = rows.some((r) => r.published + r.drafts > 0)
  return {
    key: 'districts',
    title: '各区县活动',
    height: barHeight(rows.length),
    chart: any ? { kind: 'bar', categories: rows.map((r) => r.name), series: activitySeries(rows), stacked: true, axes: ['个'] } : null,
    table: {
      caption: '各区县活动数',
      columns: activityColumns('区县 / 板块'),
      rows: rows.map((r) => [r.name, String(r.published), String(r.drafts), String(r.keyActivities)]),
      total: rows.length > 1 ? activityTotal(rows) : undefined,
      note: '不含已撤回的活动。',
    },
  }
}

function servicePanel(d: TDashboardResponse): TDashboardPanel {
  const rows = d.service.byDistrict
  const { total } = d.service
  return {
    key: 'service',
    title: '志愿者与服务时长',
    height: 260,
    chart:
      total.checkIns === 0
        ? null
        : {
            kind: 'mix',
            categories: rows.map((r) => r.name),
            series: [
              // Side by side, each on its own axis: districts are categories, so no line runs between them.
              { name: '志愿者（人）', data: rows.map((r) => r.volunteers), color: COLORS.blue, axis: 0 },
              { name: '服务时长（小时）', data: rows.map((r) => r.hours), color: COLORS.amber, axis: 1 },
            ],
            axes: ['人', '小时'],
          },
    table: {
      caption: '各区县志愿者与服务时长',
      columns: [{ label: '区县 / 板块' }, { label: '志愿者（人）', numeric: true }, { label: '签到（人次）', numeric: true }, { label: '时长（小时）', numeric: true }],
      rows: rows.map((r) => [r.name, String(r.volunteers), String(r.checkIns), formatHours(r.hours)]),
      total: ['合计', String(total.volunteers), String(total.checkIns), formatHours(total.hours)],
      note: '志愿者 = 签到过的人数，同一人只算一次（合计也去重）；签到未签退的暂无时长。',
    },
  }
}

function photosPanel(d: TDashboardResponse): TDashboardPanel {
  const t = d.photos.total
  const parts = [
    { name: '合格', value: t.passed, color: COLORS.green },
    { name: '不合格', value: t.failed, color: COLORS.primary },
    { name: '待复核', value: t.review, color: COLORS.amber },
    { name: '检测中', value: t.checking, color: COLORS.grey },
  ].filter((p) => p.value > 0)
  // The rate right after the name: on a phone it stays in view while the counts scroll sideways.
  const row = (name: string, r: typeof t) => [name, formatShare(r.passRate), String(r.passed), String(r.failed), String(r.review), String(r.checking)]
  return {
    key: 'photos',
    title: '照片合格率',
    height: 240,
    chart:
      parts.length === 0
        ? null
        : {
            kind: 'ring',
            categories: parts.map((p) => p.name),
            series: parts.map((p) => ({ name: p.name, data: [p.value], color: p.color })),
            centre: { value: formatShare(t.passRate), label: '合格率' },
          },
    table: {
      caption: '各区县活动照片检测结果',
      columns: [
        { label: '区县 / 板块' },
        { label: '合格率', numeric: true },
        { label: '合格', numeric: true },
        { label: '不合格', numeric: true },
        { label: '待复核', numeric: true },
        { label: '检测中', numeric: true },
      ],
      rows: d.photos.byDistrict.map((r) => row(r.name, r)),
      total: row('合计', t),
      note: '以最新一次检测为准，组织方复核的结论优先；合格率 = 合格 ÷（合格 + 不合格 + 待复核）。',
    },
  }
}

function completenessPanel(d: TDashboardResponse): TDashboardPanel {
  const rows = d.completeness
  const name = (r: (typeof rows)[number]) => (r.deadlines > 1 ? `${DEADLINE_KIND_LABELS[r.kind]}（${r.deadlines}次）` : DEADLINE_KIND_LABELS[r.kind])
  const KEYS = ['submitted', 'returned', 'overdue', 'open'] as const
  const shares = rows.map((r) => percentParts(KEYS.map((k) => r[k]), r.cells))
  const part = (label: string, key: (typeof KEYS)[number], color: string): TChartSeries => ({
    name: label,
    data: shares.map((s) => s[KEYS.indexOf(key)] ?? 0),
    color,
  })
  return {
    key: 'completeness',
    title: '报送完成度',
    height: barHeight(rows.length),
    chart:
      rows.length === 0
        ? null
        : {
            kind: 'bar',
            categories: rows.map(name),
            series: [part('已提交', 'submitted', COLORS.green), part('已退回', 'returned', COLORS.amber), part('逾期', 'overdue', COLORS.primary), part('未到期', 'open', COLORS.grey)],
            stacked: true,
            percent: true,
          },
    table: {
      caption: '各项材料报送情况（单位 × 截止次数）',
      columns: [
        { label: '材料' },
        { label: '完成度', numeric: true },
        { label: '应交', numeric: true },
        { label: '已提交', numeric: true },
        { label: '已退回', numeric: true },
        { label: '逾期', numeric: true },
        { label: '未到期', numeric: true },
      ],
      rows: rows.map((r) => [name(r), formatShare(r.share), String(r.cells), String(r.submitted), String(r.returned), String(r.overdue), String(r.open)]),
      note: rows.length === 0 ? '活动月还没有设置截止时间。' : '完成度 = 已提交 ÷ 应交；每周统计表每个周五各算一次。',
    },
  }
}
