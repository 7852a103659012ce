import { listPeriodOptions, resolvePeriod } from '../../cloud/lib/campaign-exports/export-periods'
import { addLines } from '../../cloud/lib/campaign-exports/district-figures'
import { AppError } from '../../cloud/lib/errors/app-error'

const d = (id: string, kind: 'weekly_stats' | 'summary', dueAt: string) => ({ id, kind, title: id, due_at: new Date(dueAt) })

describe('export periods (Asia/Shanghai days)', () => {
  const march = { period_start: '2025-03-01', period_end: '2025-03-31' }
  const deadlines = [d('w2', 'weekly_stats', '2025-03-14T18:00:00+08:00'), d('w1', 'weekly_stats', '2025-03-07T18:00:00+08:00'), d('s', 'summary', '2025-04-03T18:00:00+08:00')]

  it('a Friday covers whole Shanghai days since the previous Friday, as the unit’s own return', () => {
    const p = resolvePeriod({ kind: 'deadline', deadlineId: 'w2' }, march, deadlines)
    expect([p.label, p.range, p.firstDay, p.lastDay]).toEqual(['3月14日', '3月8日—3月14日', '2025-03-08', '2025-03-14'])
    expect(p.from.toISOString()).toBe('2025-03-07T16:00:00.000Z')
    expect(p.to.toISOString()).toBe('2025-03-14T16:00:00.000Z')
  })

  it('a month is clipped to the campaign; a month outside it is refused in Chinese', () => {
    const yearRound = { period_start: '2025-03-05', period_end: '2025-12-31' }
    const p = resolvePeriod({ kind: 'month', month: '2025-03' }, yearRound, [])
    expect([p.label, p.range, p.from.toISOString(), p.to.toISOString()]).toEqual(['2025年3月', '3月5日—3月31日', '2025-03-04T16:00:00.000Z', '2025-03-31T16:00:00.000Z'])
    const refusal = (() => {
      try {
        resolvePeriod({ kind: 'month', month: '2026-01' }, yearRound, [])
        return null
      } catch (error) {
        return error instanceof AppError ? [error.code, error.userMessage] : error
      }
    })()
    expect(refusal).toEqual(['validation_failed', '2026年1月不在活动期内'])
    expect(() => resolvePeriod({ kind: 'deadline', deadlineId: 'nope' }, march, deadlines)).toThrow(AppError)
  })

  it('offers the Fridays by date, the summary, each month and the whole campaign', () => {
    expect(listPeriodOptions(march, deadlines).map((o) => `${o.label} ${o.range}`)).toEqual([
      '3月7日 3月1日—3月7日',
      '3月14日 3月8日—3月14日',
      '总结 3月1日—3月31日',
      '2025年3月 3月1日—3月31日',
      '整个活动期 3月1日—3月31日',
    ])
    const twoMonths = listPeriodOptions({ period_start: '2026-03-01', period_end: '2026-04-30' }, []).map((o) => o.label)
    expect(twoMonths).toEqual(['2026年3月', '2026年4月', '整个活动期'])
  })
})

describe('district figures', () => {
  it('adds hours and yuan in hundredths, as a person adds them by hand', () => {
    const line = (hours: number, funds: number) => ({ name: 'x', units: 1, activities: 1, volunteerCount: 1, organisationCount: 1, servedCount: 0, serviceHours: hours, fundsYuan: funds, printReports: 0, webReports: 0, readCount: 0, sent: 1, due: 2 })
    const sum = addLines('合计', [line(0.1, 0.1), line(0.2, 0.2), line(1.67, 99.99)])
    expect([sum.serviceHours, sum.fundsYuan, sum.units, sum.sent, sum.due]).toEqual([1.97, 100.29, 3, 3, 6])
  })
})
