import { dashboardPanels, fillDays, formatHours, formatShare, percentParts, shortDay } from '../../src/features/dashboard/chart-data'
import { niceAxis, uChartsOptions } from '../../src/features/dashboard/chart-options'
import type { TDashboardResponse } from '../../types/api/dashboard'

/** The dashboard's chart shaping: what each chart draws and what its table says, from one response. */

const A = '11111111-1111-4111-8111-111111111111'
const B = '22222222-2222-4222-8222-222222222222'

function response(overrides: Partial<TDashboardResponse> = {}): TDashboardResponse {
  const zeroCategory = (category: TDashboardResponse['activitiesByCategory'][number]['category']) => ({ category, published: 0, drafts: 0, keyActivities: 0 })
  return {
    campaign: { id: A, title: '测试活动月', periodStart: '2030-03-01', periodEnd: '2030-03-31' },
    role: 'organiser',
    districts: [{ id: A, name: '甲区', kind: 'county' }, { id: B, name: '乙区', kind: 'county' }],
    districtId: null,
    units: 3,
    signupsByDay: [
      { day: '2030-02-27', signups: 2, cancelled: 0 },
      { day: '2030-03-02', signups: 5, cancelled: 1 },
    ],
    activitiesByCategory: [
      { category: 'theory', published: 1, drafts: 2, keyActivities: 1 },
      ...(['culture_education', 'civility', 'care', 'environment', 'science', 'health', 'legal'] as const).map(zeroCategory),
    ],
    activitiesByDistrict: [
      { districtId: A, name: '甲区', published: 1, drafts: 2, keyActivities: 1 },
      { districtId: B, name: '乙区', published: 0, drafts: 0, keyActivities: 0 },
    ],
    service: {
      byDistrict: [
        { districtId: A, name: '甲区', volunteers: 3, checkIns: 4, hours: 6.75 },
        { districtId: B, name: '乙区', volunteers: 1, checkIns: 1, hours: 2 },
      ],
      total: { volunteers: 3, checkIns: 5, hours: 8.75 },
    },
    photos: {
      byDistrict: [
        { districtId: A, name: '甲区', passed: 3, failed: 2, review: 1, checking: 1, passRate: 0.5 },
        { districtId: B, name: '乙区', passed: 0, failed: 0, review: 0, checking: 0, passRate: null },
      ],
      total: { passed: 3, failed: 2, review: 1, checking: 1, passRate: 0.5 },
    },
    completeness: [
      { kind: 'activity_plan', deadlines: 1, cells: 3, submitted: 1, returned: 1, overdue: 1, open: 0, share: 0.3333 },
      { kind: 'weekly_stats', deadlines: 4, cells: 12, submitted: 3, returned: 0, overdue: 0, open: 9, share: 0.25 },
    ],
    now: '2030-03-20T10:00:00+08:00',
    ...overrides,
  }
}

describe('fillDays', () => {
  it('fills every calendar day between the first and the last, across a month end, with zeros', () => {
    expect(fillDays(response().signupsByDay).map((d) => [d.day, d.signups])).toEqual([
      ['2030-02-27', 2],
      ['2030-02-28', 0],
      ['2030-03-01', 0],
      ['2030-03-02', 5],
    ])
    expect(fillDays([])).toEqual([])
    expect(shortDay('2030-03-05')).toBe('3/5')
  })
})

describe('dashboardPanels', () => {
  const panels = Object.fromEntries(dashboardPanels(response()).map((p) => [p.key, p]))

  it('draws sign-ups per filled day, and tables only the days with sign-ups, with 合计', () => {
    expect(panels.signups!.chart).toMatchObject({ kind: 'column', categories: ['2/27', '2/28', '3/1', '3/2'], series: [{ data: [2, 0, 0, 5] }] })
    expect(panels.signups!.table.rows).toEqual([
      ['2/27', '2', '0'],
      ['3/2', '5', '1'],
    ])
    expect(panels.signups!.table.total).toEqual(['合计', '7', '1'])
  })

  it('stacks published and drafts per category (Chinese labels) and per district', () => {
    expect(panels.categories!.chart).toMatchObject({ kind: 'bar', stacked: true })
    expect(panels.categories!.chart!.categories[0]).toBe('理论宣讲类')
    expect(panels.categories!.chart!.series.map((s) => [s.name, s.data[0]])).toEqual([
      ['已发布', 1],
      ['草稿', 2],
    ])
    expect(panels.categories!.table.total).toEqual(['合计', '1', '2', '1'])
    expect(panels.districts!.table.rows).toEqual([
      ['甲区', '1', '2', '1'],
      ['乙区', '0', '0', '0'],
    ])
  })

  it('puts volunteers and hours on two axes, and totals people once', () => {
    expect(panels.service!.chart).toMatchObject({ kind: 'mix', axes: ['人', '小时'] })
    expect(panels.service!.chart!.series.map((s) => [s.axis, s.data])).toEqual([
      [0, [3, 1]],
      [1, [6.75, 2]],
    ])
    expect(panels.service!.table.total).toEqual(['合计', '3', '5', '8.75'])
  })

  it('rings the photo verdicts with the pass rate in the middle, leaving out empty parts', () => {
    expect(panels.photos!.chart).toMatchObject({ kind: 'ring', centre: { value: '50.0%', label: '合格率' } })
    expect(panels.photos!.chart!.series.map((s) => [s.name, s.data[0]])).toEqual([
      ['合格', 3],
      ['不合格', 2],
      ['待复核', 1],
      ['检测中', 1],
    ])
    expect(panels.photos!.table.rows[1]).toEqual(['乙区', '—', '0', '0', '0', '0'])
    expect(panels.photos!.table.total).toEqual(['合计', '50.0%', '3', '2', '1', '1'])
  })

  it('shows completeness as 100 % stacked bars per deliverable, Fridays counted', () => {
    const chart = panels.completeness!.chart!
    expect(chart).toMatchObject({ kind: 'bar', stacked: true, percent: true, categories: ['活动安排表', '每周统计表（4次）'] })
    // Each bar's parts add up to 100 %.
    expect(chart.series.map((s) => s.data[0])).toEqual([33.4, 33.3, 33.3, 0])
    expect(chart.series.map((s) => s.data[1])).toEqual([25, 0, 0, 75])
    expect(panels.completeness!.table.rows[0]).toEqual(['活动安排表', '33.3%', '3', '1', '1', '1', '0'])
  })

  it('draws nothing where there is nothing yet, and says so in the table', () => {
    const empty = Object.fromEntries(
      dashboardPanels(
        response({
          signupsByDay: [],
          completeness: [],
          service: { byDistrict: [], total: { volunteers: 0, checkIns: 0, hours: 0 } },
          photos: { byDistrict: [], total: { passed: 0, failed: 0, review: 0, checking: 0, passRate: null } },
        }),
      ).map((p) => [p.key, p]),
    )
    expect(empty.signups!.chart).toBeNull()
    expect(empty.signups!.table.note).toBe('还没有人报名。')
    expect(empty.service!.chart).toBeNull()
    expect(empty.photos!.chart).toBeNull()
    expect(empty.completeness!.chart).toBeNull()
    expect(empty.categories!.chart).not.toBeNull()
  })

  it('splits a whole into percentages that add up to exactly 100', () => {
    expect(percentParts([4, 1, 1, 0], 6)).toEqual([66.7, 16.7, 16.6, 0])
    expect(percentParts([1, 1, 1], 3)).toEqual([33.4, 33.3, 33.3])
    expect(percentParts([0, 0], 0)).toEqual([0, 0])
    for (const parts of [[7, 3, 1], [1, 2, 3, 4, 5, 6], [13, 0, 29]]) {
      const whole = parts.reduce((a, b) => a + b, 0)
      expect(Math.round(percentParts(parts, whole).reduce((a, b) => a + b, 0) * 10)).toBe(1000)
    }
  })

  it('formats shares and hours for reading', () => {
    expect(formatShare(0.5556)).toBe('55.6%')
    expect(formatShare(1)).toBe('100.0%')
    expect(formatShare(null)).toBe('—')
    expect(formatHours(9.75)).toBe('9.75')
    expect(formatHours(2)).toBe('2')
  })
})

describe('uCharts options', () => {
  it('puts value axes on whole-number steps that fit the data tightly', () => {
    expect(niceAxis(13)).toEqual({ max: 15, splitNumber: 3 })
    expect(niceAxis(120)).toEqual({ max: 125, splitNumber: 5 })
    expect(niceAxis(0)).toEqual({ max: 3, splitNumber: 3 })
    expect(niceAxis(410.5, [5])).toEqual({ max: 500, splitNumber: 5 })
  })

  it('sizes the canvas in device pixels and thins date labels on a phone', () => {
    const days = Array.from({ length: 20 }, (_, i) => ({ day: `2030-03-${String(i + 1).padStart(2, '0')}`, signups: i, cancelled: 0 }))
    const panel = dashboardPanels(response({ signupsByDay: days }))[0]!
    const options = uChartsOptions(panel.chart!, { width: 343, height: 240, pixelRatio: 2 })
    expect(options).toMatchObject({ type: 'column', width: 686, height: 480, pixelRatio: 2, animation: false, dataLabel: false })
    const xAxis = options.xAxis as { formatter: (item: string, index: number) => string }
    const shown = panel.chart!.categories.map((c, i) => xAxis.formatter(c, i)).filter(Boolean)
    expect(shown).toEqual(['3/1', '3/4', '3/7', '3/10', '3/13', '3/16', '3/19'])
    // On a wide desk card all twenty fit, with their values over the bars.
    const desk = uChartsOptions(panel.chart!, { width: 1000, height: 240, pixelRatio: 1 })
    expect((desk.xAxis as { formatter?: unknown }).formatter).toBeUndefined()
    expect(desk.dataLabel).toBe(true)
  })

  it('gives both axes of the mix chart the same number of splits', () => {
    const panel = dashboardPanels(response())[3]!
    const options = uChartsOptions(panel.chart!, { width: 600, height: 260, pixelRatio: 1 }) as { yAxis: { splitNumber: number; data: Array<{ max: number }> } }
    const { splitNumber, data } = options.yAxis
    for (const axis of data) expect(axis.max % splitNumber).toBe(0)
    expect(data[0]!.max).toBeGreaterThanOrEqual(3)
    expect(data[1]!.max).toBeGreaterThanOrEqual(6.75)
  })
})
