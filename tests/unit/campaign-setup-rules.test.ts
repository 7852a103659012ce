import { fridaysOfMonth, shiftYears } from '../../cloud/lib/campaign-setup/calendar'
import { checkDeadlineDay, fridayTitle, weeklyTitleSuffix } from '../../cloud/lib/campaign-setup/deadline-rules'
import { describePeriod, resolvePeriod } from '../../cloud/lib/campaign-setup/period'
import { planCopiedDeadlines } from '../../cloud/lib/campaign-setup/plan-copied-deadlines'
import { inferDistrictKind, matchUnitHeader, matchUnitKind } from '../../cloud/lib/campaign-setup/unit-list-columns'
import { nameKey } from '../../cloud/lib/campaign-setup/names'
import { AppError } from '../../cloud/lib/errors/app-error'

/** The Chinese sentence an operation refuses with. */
function refusal(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    if (error instanceof AppError) return error.userMessage
    throw error
  }
  return '(no refusal)'
}

/** The calendar and naming rules of 活动月设置, without a database. */
describe('Fridays and years', () => {
  it('finds every Friday of a month on the calendar', () => {
    expect(fridaysOfMonth('2027-03')).toEqual(['2027-03-05', '2027-03-12', '2027-03-19', '2027-03-26'])
    expect(fridaysOfMonth('2019-03')).toEqual(['2019-03-01', '2019-03-08', '2019-03-15', '2019-03-22', '2019-03-29'])
    expect(fridaysOfMonth('2028-03')).toEqual(['2028-03-03', '2028-03-10', '2028-03-17', '2028-03-24', '2028-03-31'])
    expect(fridaysOfMonth('2028-02')).toEqual(['2028-02-04', '2028-02-11', '2028-02-18', '2028-02-25'])
  })

  it('moves a day to another year, 29 February to the 28th', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(shiftYears('2024-02-19', 3)).toBe('2027-02-19')
    expect(shiftYears('2023-12-31', -1)).toBe('2022-12-31')
  })

  it('titles each Friday as 肇庆 does and reads the text after the date back', () => {
    expect(fridayTitle('2027-03-05', '活动开展情况统计表')).toBe('3月5日（周五）活动开展情况统计表')
    expect(weeklyTitleSuffix('3月8日（周五）活动开展情况统计表（含新闻稿和图片）报市志愿者联合会秘书处')).toBe('活动开展情况统计表（含新闻稿和图片）报市志愿者联合会秘书处')
    expect(weeklyTitleSuffix('周报')).toBe('周报')
  })
})

describe('periods', () => {
  it('stores a month, a range and a year-round programme, and reads them back', () => {
    expect(resolvePeriod({ kind: 'month', month: '2024-02' }, 2024)).toEqual({ start: '2024-02-01', end: '2024-02-29', yearRound: false })
    expect(resolvePeriod({ kind: 'year_round', start: '2021-03-05' }, 2021)).toEqual({ start: '2021-03-05', end: '2021-12-31', yearRound: true })
    expect(describePeriod({ start: '2024-03-01', end: '2024-03-31', yearRound: false }).text).toBe('2024年3月')
    expect(describePeriod({ start: '2023-03-01', end: '2023-10-10', yearRound: false }).text).toBe('2023年3月1日至10月10日')
    expect(describePeriod({ start: '2023-12-01', end: '2024-01-15', yearRound: false }).text).toBe('2023年12月1日至2024年1月15日')
    expect(describePeriod({ start: '2021-03-05', end: '2021-12-31', yearRound: true })).toMatchObject({ kind: 'year_round', text: '2021年3月5日起，全年' })
    // A whole December that is not year-round is a month.
    expect(describePeriod({ start: '2021-12-01', end: '2021-12-31', yearRound: false }).kind).toBe('month')
  })

  it('refuses a period that ends first or starts in another year than the campaign', () => {
    expect(refusal(() => resolvePeriod({ kind: 'range', start: '2027-03-10', end: '2027-03-01' }, 2027))).toBe(
      '活动期间的结束日期（2027年3月1日）不能早于开始日期（2027年3月10日）',
    )
    expect(refusal(() => resolvePeriod({ kind: 'month', month: '2026-03' }, 2027))).toBe('活动期间应从 2027 年开始（与年份一致），现在是 2026年3月1日')
  })

  it('accepts deadlines from half a year before to a year after the period', () => {
    const march = { start: '2024-03-01', end: '2024-03-31', yearRound: false }
    expect(() => checkDeadlineDay('2024-02-19', '附件2', march)).not.toThrow()
    expect(() => checkDeadlineDay('2024-10-10', '报告', march)).not.toThrow()
    expect(() => checkDeadlineDay('2023-08-31', '附件2', march)).not.toThrow()
    expect(() => checkDeadlineDay('2025-03-31', '报告', march)).not.toThrow()
    expect(refusal(() => checkDeadlineDay('2023-08-30', '附件2', march))).toMatch(/^“附件2”的截止时间 2023年8月30日 不在合理范围内：应在 2023年8月31日 至 2025年3月31日 之间/)
    expect(refusal(() => checkDeadlineDay('2025-04-01', '报告', march))).toMatch(/不在合理范围内/)
  })
})

describe('copying deadlines into a new year', () => {
  it('keeps one-off days and times, recomputes each weekly month, renames the year', () => {
    const planned = planCopiedDeadlines(
      [
        { kind: 'activity_plan', title: '2024年3月活动安排表', local: '2024-02-19 18:00' },
        { kind: 'weekly_stats', title: '3月1日（周五）统计表', local: '2024-03-01 17:00' },
        { kind: 'weekly_stats', title: '3月8日（周五）统计表', local: '2024-03-08 17:00' },
        { kind: 'photos', title: '活动图片', local: '2024-02-29 12:00' },
      ],
      2024,
      2025,
    )
    expect(planned.map((d) => `${d.local} ${d.title}`)).toEqual([
      '2025-02-19 18:00 2025年3月活动安排表',
      '2025-02-28 12:00 活动图片',
      '2025-03-07 17:00 3月7日（周五）统计表',
      '2025-03-14 17:00 3月14日（周五）统计表',
      '2025-03-21 17:00 3月21日（周五）统计表',
      '2025-03-28 17:00 3月28日（周五）统计表',
    ])
  })
})

describe('unit-list words', () => {
  it('reads headers, kinds and district kinds as people write them', () => {
    expect(matchUnitHeader(' 单位名称 ')).toBe('name')
    expect(matchUnitHeader('所属县区/\n板块')).toBe('district')
    expect(matchUnitHeader('单位（组织）')).toBe('name')
    expect(matchUnitHeader('单位类型')).toBe('kind')
    expect(matchUnitHeader('2024年参与单位名单')).toBeNull()
    expect(matchUnitKind('乡镇（街道）')).toBe('town')
    expect(matchUnitKind('街道')).toBe('town')
    expect(matchUnitKind('志愿服务组织')).toBe('team')
    expect(matchUnitKind('学校类')).toBe('school')
    expect(matchUnitKind('农场')).toBeNull()
    expect(inferDistrictKind('东海县')).toBe('county')
    expect(inferDistrictKind('海州区')).toBe('county')
    expect(inferDistrictKind('徐圩新区')).toBe('function_area')
    expect(inferDistrictKind('开发区')).toBe('function_area')
    expect(inferDistrictKind('云台山景区')).toBe('function_area')
    expect(inferDistrictKind('市直部门')).toBe('department')
    expect(inferDistrictKind('志愿服务组织')).toBe('other')
    expect(nameKey('市图书馆（少儿馆） ')).toBe(nameKey('市图书馆 (少儿馆)'))
  })
})
