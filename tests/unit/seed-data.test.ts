import { ZSeedCampaign, type TSeedCampaign } from '../../cloud/lib/seed/seed-schema'
import { buildSeedCampaigns, comingMarchYear } from '../../cloud/lib/seed/campaigns'
import { buildDemoCampaign, marchFridays } from '../../cloud/lib/seed/campaigns/demo'
import { ACTIVITY_CATEGORIES, type TActivityCategory } from '../../types/domain'

const DEMO_YEARS = [2024, 2025, 2026, 2027, 2028]
const campaigns = buildSeedCampaigns(2027)
const bySlug = (slug: string): TSeedCampaign => {
  const c = campaigns.find((x) => x.slug === slug)
  if (!c) throw new Error(`no campaign ${slug}`)
  return c
}
const dueDates = (c: TSeedCampaign, kind: string): string[] =>
  c.deadlines.filter((d) => d.kind === kind).map((d) => d.dueAt)
const monthDay = (localDateTime: string): string => localDateTime.slice(5, 10)

describe('seed campaigns: structure', () => {
  it('returns the five real campaigns then the demo', () => {
    expect(campaigns.map((c) => c.slug)).toEqual([
      'lianyungang-2024',
      'ziyang-2023',
      'lanzhou-2023',
      'zhaoqing-2019',
      'jincheng-2021',
      'demo',
    ])
    expect(campaigns.filter((c) => c.isDemo).map((c) => c.slug)).toEqual(['demo'])
  })

  it('has unique slugs', () => {
    expect(new Set(campaigns.map((c) => c.slug)).size).toBe(campaigns.length)
  })

  describe.each([...campaigns.map((c) => [c.slug, c] as const), ...DEMO_YEARS.map((y) => [`demo ${y}`, buildDemoCampaign(y)] as const)])(
    '%s',
    (_name, campaign) => {
      it('parses with ZSeedCampaign (strictly: no unknown keys)', () => {
        const parsed = ZSeedCampaign.strict().safeParse(campaign)
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2))
        expect(parsed.success).toBe(true)
      })

      it('has unique district, unit and seqNo keys', () => {
        const districtKeys = campaign.districts.map((d) => d.key)
        const unitKeys = campaign.units.map((u) => u.key)
        expect(new Set(districtKeys).size).toBe(districtKeys.length)
        expect(new Set(unitKeys).size).toBe(unitKeys.length)
        expect(campaign.activities.map((a) => a.seqNo)).toEqual(campaign.activities.map((_a, i) => i + 1))
      })

      it('resolves unit.district and activity.unit keys', () => {
        const districtKeys = new Set(campaign.districts.map((d) => d.key))
        for (const u of campaign.units) {
          if (u.district !== null) expect(districtKeys.has(u.district) ? u.district : `missing ${u.district}`).toBe(u.district)
        }
        const unitKeys = new Set(campaign.units.map((u) => u.key))
        for (const a of campaign.activities) expect(unitKeys.has(a.unit) ? a.unit : `missing ${a.unit}`).toBe(a.unit)
      })

      it('has a period that contains its activities, with coherent times', () => {
        expect(campaign.periodStart <= campaign.periodEnd).toBe(true)
        expect(campaign.periodStart.slice(0, 4)).toBe(String(campaign.year))
        for (const a of campaign.activities) {
          const where = `#${a.seqNo} ${a.title}`
          expect([where, a.endsAt > a.startsAt]).toEqual([where, true])
          expect([where, a.startsAt.slice(0, 10) === a.endsAt.slice(0, 10)]).toEqual([where, true])
          expect([where, a.signupDeadline <= a.startsAt]).toEqual([where, true])
          expect([where, a.startsAt.slice(0, 10) >= campaign.periodStart]).toEqual([where, true])
          expect([where, a.endsAt.slice(0, 10) <= campaign.periodEnd]).toEqual([where, true])
        }
      })

      it('has deadlines in chronological order within each kind', () => {
        for (const kind of new Set(campaign.deadlines.map((d) => d.kind))) {
          const dues = dueDates(campaign, kind)
          expect(dues).toEqual([...dues].sort())
        }
      })
    },
  )
})

describe('demo campaign', () => {
  describe.each(DEMO_YEARS)('for March %i', (year) => {
    const demo = buildDemoCampaign(year)
    const unitDistrict = new Map(demo.units.map((u) => [u.key, u.district]))
    const districtKind = new Map(demo.districts.map((d) => [d.key, d.kind]))

    it('is marked as demo data', () => {
      expect(demo.isDemo).toBe(true)
      expect(demo.slug).toBe('demo')
      expect(demo.noticeFile).toBeNull()
      expect(demo.title.startsWith('【示例】')).toBe(true)
      expect(demo.summary).toContain('示例')
      expect(demo.year).toBe(year)
      expect(demo.periodStart).toBe(`${year}-03-01`)
      expect(demo.periodEnd).toBe(`${year}-03-31`)
    })

    it('has at least 48 activities, at least 4 per category', () => {
      expect(demo.activities.length).toBeGreaterThanOrEqual(48)
      for (const category of Object.keys(ACTIVITY_CATEGORIES) as TActivityCategory[]) {
        const n = demo.activities.filter((a) => a.category === category).length
        expect([category, n >= 4]).toEqual([category, true])
      }
    })

    it('spreads activities over at least 5 counties / function areas and at least 12 units', () => {
      const areas = new Set(
        demo.activities
          .map((a) => unitDistrict.get(a.unit))
          .filter((d): d is string => !!d && ['county', 'function_area'].includes(districtKind.get(d) ?? '')),
      )
      expect(areas.size).toBeGreaterThanOrEqual(5)
      expect(new Set(demo.activities.map((a) => a.unit)).size).toBeGreaterThanOrEqual(12)
    })

    it('has activities on every special day, matching their themes', () => {
      const on = (md: string) => demo.activities.filter((a) => monthDay(a.startsAt) === md)
      for (const md of ['03-05', '03-12', '03-15', '03-17', '03-21', '03-22', '03-24']) {
        expect([md, on(md).length > 0]).toEqual([md, true])
      }
      expect(on('03-05').length).toBeGreaterThanOrEqual(8)
      expect(on('03-12').some((a) => a.category === 'environment')).toBe(true)
      expect(on('03-15').some((a) => a.category === 'legal' || a.category === 'civility')).toBe(true)
      expect(on('03-17').some((a) => a.category === 'health' && a.title.includes('中医'))).toBe(true)
      expect(on('03-22').some((a) => a.category === 'environment' && /水/.test(a.title + a.description))).toBe(true)
      expect(on('03-24').some((a) => a.category === 'health' && a.title.includes('结核'))).toBe(true)
      const waterWeek = demo.activities.filter((a) => monthDay(a.startsAt) >= '03-22' && monthDay(a.startsAt) <= '03-28')
      expect(waterWeek.filter((a) => /水/.test(a.title)).length).toBeGreaterThanOrEqual(4)
    })

    it('has activities on ordinary days and on weekends', () => {
      const special = new Set(['03-05', '03-12', '03-15', '03-17', '03-21', '03-22', '03-24'])
      const ordinaryDays = new Set(demo.activities.map((a) => monthDay(a.startsAt)).filter((md) => !special.has(md)))
      expect(ordinaryDays.size).toBeGreaterThanOrEqual(10)
      const weekend = demo.activities.filter((a) => [0, 6].includes(new Date(`${a.startsAt.slice(0, 10)}T00:00:00Z`).getUTCDay()))
      expect(weekend.length).toBeGreaterThanOrEqual(6)
    })

    it('gives every unit at least one key activity (quota)', () => {
      expect(demo.quotas).toContainEqual({ subject: 'unit', metric: 'key_activities', minCount: 1 })
      for (const u of demo.units) {
        const n = demo.activities.filter((a) => a.unit === u.key && a.isKeyActivity).length
        expect([u.key, n >= 1]).toEqual([u.key, true])
      }
    })

    it('has volunteer-facing details that look right', () => {
      for (const a of demo.activities) {
        const where = `#${a.seqNo} ${a.title}`
        expect([where, a.description.length >= 40 && a.description.length <= 150]).toEqual([where, true])
        expect([where, /^1380000\d{4}$/.test(a.contactPhone)]).toEqual([where, true])
        expect([where, a.capacity >= 5 && a.capacity <= 80]).toEqual([where, true])
        expect([where, a.latitude >= 34.0 && a.latitude <= 34.95]).toEqual([where, true])
        expect([where, a.longitude >= 118.7 && a.longitude <= 119.65]).toEqual([where, true])
        expect([where, a.address.includes('连云港市')]).toEqual([where, true])
        expect([where, a.whatToBring.length > 0 && a.dressCode.length > 0]).toEqual([where, true])
        // sign-up closes at 18:00 on the day before
        const start = new Date(`${a.startsAt.slice(0, 10)}T00:00:00Z`)
        const dayBefore = new Date(start.getTime() - 86_400_000).toISOString().slice(0, 10)
        expect([where, a.signupDeadline]).toEqual([where, `${dayBefore} 18:00`])
      }
      expect(new Set(demo.activities.map((a) => a.title)).size).toBe(demo.activities.length)
      expect(demo.activities.some((a) => a.capacity <= 5)).toBe(true)
      expect(demo.activities.some((a) => a.servedPopulations.length > 0)).toBe(true)
    })

    it('has the 连云港 deadlines and quotas, moved to this year', () => {
      expect(dueDates(demo, 'activity_plan')).toEqual([`${year}-02-19 18:00`])
      expect(dueDates(demo, 'showcase_application')).toEqual([`${year}-02-19 18:00`])
      expect(dueDates(demo, 'photos')).toEqual([`${year}-03-25 18:00`])
      expect(dueDates(demo, 'summary')).toEqual([`${year}-04-03 18:00`])
      const fridays = dueDates(demo, 'weekly_stats')
      expect(fridays.length).toBeGreaterThanOrEqual(4)
      expect(fridays.length).toBeLessThanOrEqual(5)
      for (const f of fridays) {
        expect(f.startsWith(`${year}-03-`)).toBe(true)
        expect(new Date(`${f.slice(0, 10)}T00:00:00Z`).getUTCDay()).toBe(5)
      }
      expect(demo.quotas).toEqual(bySlug('lianyungang-2024').quotas)
    })
  })

  it('lists every Friday of March', () => {
    expect(marchFridays(2024)).toEqual(['2024-03-01', '2024-03-08', '2024-03-15', '2024-03-22', '2024-03-29'])
    expect(marchFridays(2027)).toEqual(['2027-03-05', '2027-03-12', '2027-03-19', '2027-03-26'])
  })
})

describe('comingMarchYear', () => {
  it.each([
    ['2026-11-24T10:00:00+08:00', 2027],
    ['2027-01-01T00:00:00+08:00', 2027],
    ['2027-03-10T09:00:00+08:00', 2027],
    ['2027-03-31T23:00:00+08:00', 2027],
    ['2027-03-31T16:30:00Z', 2028], // = 2027-04-01 00:30 in Shanghai
    ['2027-04-01T00:30:00+08:00', 2028],
    ['2027-12-31T23:59:00+08:00', 2028],
  ])('%s → %i', (iso, expected) => {
    expect(comingMarchYear(new Date(iso))).toBe(expected)
  })
})

describe('real campaigns: facts from the notices', () => {
  it('连云港 2024: 2月19日 deadline, quotas, contact 王清', () => {
    const c = bySlug('lianyungang-2024')
    expect(c.noticeFile).toBe('000_93174a38ebc3e534.txt')
    expect(c.year).toBe(2024)
    expect([c.periodStart, c.periodEnd]).toEqual(['2024-03-01', '2024-03-31'])
    expect(dueDates(c, 'activity_plan')).toEqual(['2024-02-19 18:00'])
    expect(dueDates(c, 'showcase_application')).toEqual(['2024-02-19 18:00'])
    expect(c.quotas).toEqual(
      expect.arrayContaining([
        { subject: 'county', metric: 'showcase_projects', minCount: 6 },
        { subject: 'function_area', metric: 'showcase_projects', minCount: 3 },
        { subject: 'unit', metric: 'showcase_projects', minCount: 1 },
        { subject: 'unit', metric: 'key_activities', minCount: 1 },
      ]),
    )
    expect(c.quotas).toHaveLength(4)
    expect(c.contacts).toEqual([
      { name: '王清', organisation: '连云港市文明办道德建设指导处', phone: '85802696', email: 'wenminglyg@163.com' },
    ])
    expect(c.districts.filter((d) => d.kind === 'function_area').map((d) => d.name)).toEqual([
      '市开发区',
      '徐圩新区',
      '云台山景区',
    ])
    expect(c.districts.filter((d) => d.kind === 'county')).toHaveLength(6)
    expect(c.activities).toEqual([])
  })

  it('资阳 2023: photos 3月25日, contacts 魏秀彬 / 邓代春', () => {
    const c = bySlug('ziyang-2023')
    expect(c.noticeFile).toBe('001_8069219869060862.txt')
    expect(dueDates(c, 'photos')).toEqual(['2023-03-25 18:00'])
    expect(c.contacts).toEqual([
      expect.objectContaining({ name: '魏秀彬', phone: '18380599607' }),
      expect.objectContaining({ name: '邓代春', phone: '17765525110' }),
    ])
    expect(c.units.map((u) => u.name)).toEqual(expect.arrayContaining(['雁江镇', '临江镇', '党群工作部', '市场监管分局']))
    expect(c.summary).toContain('20人以上')
  })

  it('兰州新区 2023: theme 践行二十大·志愿我先行, status report 10月10日', () => {
    const c = bySlug('lanzhou-2023')
    expect(c.noticeFile).toBe('002_aeddd58b77353479.txt')
    expect(c.theme).toBe('践行二十大·志愿我先行')
    expect(dueDates(c, 'status_report')).toEqual(['2023-10-10 18:00'])
    expect(c.contacts).toEqual([{ name: '税国斌', organisation: '兰州新区文明办', phone: '8259130', email: 'lzxqwmb@163.com' }])
  })

  it('肇庆 2019: seven issuers, theme, weekly statistics on the Fridays of March, summary 4月3日', () => {
    const c = bySlug('zhaoqing-2019')
    expect(c.noticeFile).toBe('003_f255ff7e6260e9c9.txt')
    expect(c.issuers).toHaveLength(7)
    expect(c.issuers).toContain('肇庆市志愿者联合会')
    expect(c.theme).toBe('志愿肇庆 美好生活')
    // 3月1日 was a Friday too, but the notice is dated 2019-03-06: its Fridays start 3月8日.
    expect(dueDates(c, 'weekly_stats')).toEqual([
      '2019-03-08 18:00',
      '2019-03-15 18:00',
      '2019-03-22 18:00',
      '2019-03-29 18:00',
    ])
    for (const d of dueDates(c, 'weekly_stats')) expect(new Date(`${d.slice(0, 10)}T00:00:00Z`).getUTCDay()).toBe(5)
    expect(dueDates(c, 'summary')).toEqual(['2019-04-03 18:00'])
    expect(c.contacts.map((p) => [p.name, p.phone])).toEqual([
      ['赵图强', '0758-2230122'],
      ['林丽娟', '0758-2261000'],
      ['莫健峰', '0758-2224094'],
      ['江小翠', '0758-2203257'],
      ['曾繁智', '0758-2323563'],
    ])
    expect(c.summary).toContain('i志愿')
  })

  it('晋城 2021: from 3月5日 all year, reports 3月19日 / 7月19日 / 11月19日', () => {
    const c = bySlug('jincheng-2021')
    expect(c.noticeFile).toBe('004_85e55c76793b7043.txt')
    expect(c.periodStart).toBe('2021-03-05')
    expect(c.periodEnd).toBe('2021-12-31')
    expect(dueDates(c, 'report')).toEqual(['2021-03-19 18:00', '2021-07-19 18:00', '2021-11-19 18:00'])
    expect(c.contacts).toEqual([{ name: '秦毅', organisation: '晋城市文明办', phone: '0356-2566216', email: 'jcswmbsk@163.com' }])
  })

  it('real campaigns are not demo data and invent no activities', () => {
    for (const c of campaigns.filter((x) => !x.isDemo)) {
      expect(c.noticeFile).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/)
      expect(c.title.startsWith('【示例】')).toBe(false)
      expect(c.activities).toEqual([])
    }
  })
})
