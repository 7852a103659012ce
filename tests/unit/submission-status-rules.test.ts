import { buildColumns } from '../../cloud/lib/submission-status/build-columns'
import { computeQuotas } from '../../cloud/lib/submission-status/compute-quotas'
import { describeCell, describeKeyCell } from '../../cloud/lib/submission-status/describe-cell'
import type { TCellFacts, TDeadlineRow, TScopeUnitRow } from '../../cloud/lib/submission-status/repository'

const at = (shanghai: string) => new Date(shanghai.replace(' ', 'T') + '+08:00')
const deadline = (id: string, kind: TDeadlineRow['kind'], title: string, due: string): TDeadlineRow => ({ id, kind, title, due_at: at(due) })
const NOW = at('2030-03-10 10:00')

describe('the matrix columns', () => {
  it('orders the deliverables as the issue lists them and names each briefly', () => {
    const columns = buildColumns(
      [
        deadline('r1', 'report', '图文报告', '2030-03-19 18:00'),
        deadline('w2', 'weekly_stats', '3月14日统计表', '2030-03-14 18:00'),
        deadline('p', 'activity_plan', '活动安排表', '2030-02-19 18:00'),
        deadline('w1', 'weekly_stats', '3月7日统计表', '2030-03-07 18:00'),
        deadline('s', 'summary', '活动总结', '2030-04-03 18:00'),
        deadline('ph', 'photos', '活动图片', '2030-03-25 18:00'),
        deadline('sc', 'showcase_application', '附件1', '2030-02-19 18:00'),
        deadline('o', 'other', '先进典型事迹材料和截图报送', '2030-03-30 18:00'),
      ].sort((a, b) => a.due_at.getTime() - b.due_at.getTime()),
      1,
      NOW,
    )
    expect(columns.map((c) => [c.key, c.label])).toEqual([
      ['p', '附件2 安排表'],
      ['key_activities', '重点活动'],
      ['sc', '附件1 展示项目'],
      ['ph', '活动照片'],
      ['w1', '3月7日统计'],
      ['w2', '3月14日统计'],
      ['s', '活动总结'],
      ['r1', '图文报告 3月19日'],
      ['o', '先进典型事迹材料和…'],
    ])
    expect(columns.find((c) => c.key === 'w1')).toMatchObject({ dueAt: '2030-03-07T18:00:00+08:00', duePassed: true })
    expect(columns.find((c) => c.key === 's')!.duePassed).toBe(false)
  })

  it('dates a kind that has several deadlines, and leaves 重点活动 out without a quota', () => {
    const columns = buildColumns([deadline('a', 'activity_plan', '附件2', '2030-02-19 18:00'), deadline('b', 'activity_plan', '附件2 补报', '2030-03-01 18:00')], null, NOW)
    expect(columns.map((c) => c.label)).toEqual(['附件2 安排表 2月19日', '附件2 安排表 3月1日'])
  })
})

const facts = (over: Partial<TCellFacts>): TCellFacts => ({
  unit_id: 'u',
  deadline_id: 'd',
  kind: 'activity_plan',
  days_left: 5,
  state: 'not_started',
  record_status: null,
  activities: 0,
  showcase_submitted: 0,
  showcase_drafts: 0,
  showcase_quota: null,
  photos_total: 0,
  stats_expected: 0,
  stats_missing: 0,
  late: false,
  ...over,
})
const noPhotos = { handed_in: 0, handed_in_review: 0, handed_in_failed: 0 }

describe('a cell', () => {
  it('tells accepted from submitted, marks late only what was handed in, and says how far the due day is', () => {
    expect(describeCell(facts({ state: 'submitted', record_status: 'accepted', activities: 4 }), noPhotos)).toEqual({ state: 'accepted', note: '4 个活动', late: false })
    expect(describeCell(facts({ state: 'submitted', record_status: 'submitted', activities: 4, late: true }), noPhotos)).toMatchObject({ state: 'submitted', late: true })
    expect(describeCell(facts({ state: 'overdue', days_left: -3, late: true }), noPhotos)).toEqual({ state: 'overdue', note: '逾期 3 天', late: false })
    expect(describeCell(facts({ state: 'overdue', days_left: 0 }), noPhotos).note).toBe('今天已截止')
    expect(describeCell(facts({ state: 'not_started', days_left: 0 }), noPhotos).note).toBe('今天截止')
    expect(describeCell(facts({ state: 'returned', record_status: 'returned' }), noPhotos).note).toBe('待重交')
  })

  it('gives each kind its figure', () => {
    expect(describeCell(facts({ kind: 'showcase_application', state: 'submitted', record_status: 'submitted', showcase_submitted: 2, showcase_quota: 3 }), noPhotos).note).toBe('2/3 项')
    expect(describeCell(facts({ kind: 'showcase_application', state: 'draft', showcase_drafts: 1 }), noPhotos).note).toBe('草稿 1 项')
    expect(describeCell(facts({ kind: 'photos', state: 'submitted', record_status: 'submitted' }), { handed_in: 12, handed_in_review: 2, handed_in_failed: 1 }).note).toBe('12 张 · 2 待复核 · 1 不合格')
    expect(describeCell(facts({ kind: 'photos', state: 'draft', photos_total: 7 }), noPhotos).note).toBe('已传 7 张')
    expect(describeCell(facts({ kind: 'weekly_stats', state: 'draft', stats_expected: 5, stats_missing: 2 }), noPhotos).note).toBe('已填 3/5')
    expect(describeCell(facts({ kind: 'weekly_stats', state: 'submitted', record_status: 'submitted', stats_expected: 0 }), noPhotos).note).toBe('本期无活动')
    expect(describeKeyCell({ key_activities: 0 }, 1)).toEqual({ state: 'short', note: '0/1', late: false })
    expect(describeKeyCell({ key_activities: 2 }, 1).state).toBe('met')
  })
})

describe('quota progress', () => {
  const unit = (id: string, district: [string | null, string | null, TScopeUnitRow['district_kind']], key: number, showcase: number): TScopeUnitRow => ({
    unit_id: id,
    unit_name: `单位${id}`,
    district_id: district[0],
    district_name: district[1],
    district_kind: district[2],
    contacts: 1,
    activities: 3,
    key_activities: key,
    showcase_submitted: showcase,
    showcase_drafts: 0,
    showcase_returned: 0,
    handed_in: 0,
    handed_in_passed: 0,
    handed_in_review: 0,
    handed_in_failed: 0,
  })
  it('checks 县区 and 功能板块 against their quotas, and names the units short of theirs', () => {
    const county: [string, string, 'county'] = ['c', '海州区', 'county']
    const area: [string, string, 'function_area'] = ['f', '开发区', 'function_area']
    const quotas = computeQuotas(
      [unit('1', county, 1, 4), unit('2', county, 0, 1), unit('3', area, 2, 3), unit('4', ['x', '部门', 'department'], 0, 0), unit('5', [null, null, null], 1, 0)],
      [
        { subject: 'county', metric: 'showcase_projects', min_count: 6 },
        { subject: 'function_area', metric: 'showcase_projects', min_count: 3 },
        { subject: 'unit', metric: 'showcase_projects', min_count: 1 },
        { subject: 'unit', metric: 'key_activities', min_count: 1 },
      ],
    )
    expect(quotas.districts.map((d) => [d.name, d.showcase, d.unitsShortKey.map((u) => u.name), d.unitsShortShowcase.map((u) => u.name)])).toEqual([
      ['海州区', { count: 5, quota: 6, short: 1 }, ['单位2'], []],
      ['开发区', { count: 3, quota: 3, short: 0 }, [], []],
      ['部门', { count: 0, quota: null, short: 0 }, ['单位4'], ['单位4']],
      ['未分区', { count: 0, quota: null, short: 0 }, [], ['单位5']],
    ])
    expect(quotas).toMatchObject({ districtsShort: 1, unitsShortKey: 2, unitsShortShowcase: 2 })
  })
})
