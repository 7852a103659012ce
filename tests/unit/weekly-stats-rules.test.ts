import { statsPeriod, type TStatsDeadlineRow } from '../../cloud/lib/weekly-stats/stats-period'
import { tableTitle } from '../../cloud/lib/weekly-stats/table-title'
import { checkStatsRow, computeTotals, describeServed, formatActivityName, formatYuan, isValidLink } from '../../types/weekly-stats'

const deadline = (id: string, kind: 'weekly_stats' | 'summary', dueAt: string): TStatsDeadlineRow => ({ id, kind, title: id, due_at: new Date(dueAt) })
// 肇庆 2019: the Fridays the notice can ask for, and the summary on 4月3日.
const fridays = ['2019-03-08', '2019-03-15', '2019-03-22', '2019-03-29'].map((d, i) => deadline(`f${i + 1}`, 'weekly_stats', `${d}T18:00:00+08:00`))
const summary = deadline('s', 'summary', '2019-04-03T18:00:00+08:00')
const all = [...fridays, summary]
const campaign = { periodStart: '2019-03-01', periodEnd: '2019-03-31' }
const iso = (date: Date) => date.toISOString()

describe('the days a return covers (Asia/Shanghai, whole days)', () => {
  it('runs from the campaign start to the first Friday, then Saturday to Friday', () => {
    const first = statsPeriod(fridays[0]!, all, campaign)
    expect([iso(first.from), iso(first.to), first.label, first.weekEnding]).toEqual(['2019-02-28T16:00:00.000Z', '2019-03-08T16:00:00.000Z', '3月1日—3月8日', '2019-03-08'])
    const second = statsPeriod(fridays[1]!, all, campaign)
    expect([iso(second.from), iso(second.to), second.label]).toEqual(['2019-03-08T16:00:00.000Z', '2019-03-15T16:00:00.000Z', '3月9日—3月15日'])
    // Friday 23:30 in Shanghai is in the first return; Saturday 00:00 in the second.
    const fridayNight = new Date('2019-03-08T23:30:00+08:00')
    const saturday = new Date('2019-03-09T00:00:00+08:00')
    expect(fridayNight < first.to && saturday >= second.from && saturday < second.to).toBe(true)
  })

  it('orders by day, whatever order the deadlines come in, and the summary spans the campaign', () => {
    expect(statsPeriod(fridays[2]!, [...all].reverse(), campaign).label).toBe('3月16日—3月22日')
    expect(statsPeriod(summary, all, campaign).label).toBe('3月1日—3月31日')
    // A summary due before the campaign ends cannot cover the days after it.
    expect(statsPeriod(deadline('s2', 'summary', '2019-03-20T18:00:00+08:00'), all, campaign).label).toBe('3月1日—3月20日')
  })
})

describe('the table rules shared by app and server', () => {
  it('names an activity with its host and co-organisers, without repeating the host', () => {
    expect(formatActivityName('社区义诊', '端州区团委', ['市人民医院', '端州区团委', ' '])).toBe('社区义诊（端州区团委、市人民医院）')
  })

  it('adds hours and yuan in hundredths, as a person does', () => {
    const row = (hours: number, funds: number | null) => ({
      volunteerCount: 1,
      organisationCount: 1,
      serviceHours: hours,
      served: [{ population: 'disabled' as const, count: 2 }],
      fundsYuan: funds,
      media: { printReports: 0, webReports: 1, links: ['https://a.cn/x'], readCount: 3 },
    })
    const totals = computeTotals([row(0.1, 0.1), row(0.2, 0.2), row(1.25, null)])
    expect(totals).toEqual({ volunteerCount: 3, organisationCount: 3, servedCount: 6, serviceHours: 1.55, fundsYuan: 0.3, printReports: 0, webReports: 3, linkCount: 3, readCount: 9 })
    expect(formatYuan(1234567.5)).toBe('1,234,567.50')
  })

  it('refuses negative or fractional counts, yuan beyond 分, bad links, and 其他 without a description', () => {
    const media = { printReports: 0, webReports: 0, links: [] as string[], readCount: 0 }
    expect(checkStatsRow({ served: [{ population: 'disabled', count: 3 }], fundsYuan: 12.5, media }, '义诊')).toEqual([])
    expect(checkStatsRow({ served: [{ population: 'disabled', count: 1.5 }], fundsYuan: 0.001, media: { ...media, readCount: -1 } }, '义诊')).toEqual([
      '「义诊」的服务人次（残疾人）应为不小于 0 的整数',
      '「义诊」的投入资金及物料（元）最多保留两位小数',
      '「义诊」的网页或微信阅读数应为不小于 0 的整数',
    ])
    expect(checkStatsRow({ served: [{ population: 'other', description: ' ', count: 1 }], fundsYuan: null, media }, '义诊')).toEqual(['「义诊」的覆盖人群选了“其他”，请说明是哪类人群'])
    expect(['https://mp.weixin.qq.com/s/AbC-1_x', 'http://www.zhaoqing.gov.cn/a.html?id=1'].every(isValidLink)).toBe(true)
    expect(['mp.weixin.qq.com/s/abc', 'ftp://a.cn/x', 'https://localhost/x', 'https://a.cn/x y', ''].some(isValidLink)).toBe(false)
    expect(describeServed([{ population: 'empty_nest_elderly', count: 30 }, { population: 'other', description: '社区居民', count: 20 }])).toBe('空巢老人（30）、其他：社区居民（20）')
  })

  it('titles the table with the campaign’s own year, city and name', () => {
    expect(tableTitle({ year: 2019, city: '肇庆市', title: '关于开展2019年肇庆市学雷锋全民志愿服务行动月系列活动的通知' })).toBe('2019肇庆市“学雷锋全民志愿服务行动月”活动开展情况统计表')
    expect(tableTitle({ year: 2027, city: '连云港市', title: '【示例】关于开展2027年连云港市学雷锋志愿服务集中活动的通知' })).toBe('2027连云港市“学雷锋志愿服务集中活动”开展情况统计表')
  })
})
