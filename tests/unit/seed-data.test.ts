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

    it('has a 图文报告 deadline on 3月19日 (as 晋城) and some activities run with co-organisers', () => {
      expect(demo.deadlines.filter((d) => d.kind === 'report')).toEqual([
        { kind: 'report', title: '学雷锋志愿服务月图文报告（文字和图片）', dueAt: `${year}-03-19 18:00` },
      ])
      const shared = demo.activities.filter((a) => a.coOrganisers.length > 0)
      expect(shared.length).toBeGreaterThanOrEqual(3)
      expect(shared.some((a) => a.coOrganisers.length >= 2)).toBe(true)
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
    // Its own 附件2: the notice's kinds of activity, 3·5 学雷锋日 and 3·12 植树节 among them.
    expect(c.activities.some((a) => a.startsAt.startsWith('2024-03-05') && a.category === 'theory' && a.title.includes('永远跟党走'))).toBe(true)
    expect(c.activities.some((a) => a.startsAt.startsWith('2024-03-12') && a.title.includes('美丽中国，我是行动者'))).toBe(true)
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

  it('real campaigns are not demo data', () => {
    for (const c of campaigns.filter((x) => !x.isDemo)) {
      expect(c.noticeFile).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/)
      expect(c.title.startsWith('【示例】')).toBe(false)
    }
  })
})

/** Rough boxes around each notice's city, so a place in the wrong province shows up. */
const CITY_BOXES: Record<string, { lat: [number, number]; lng: [number, number]; address: string }> = {
  'lianyungang-2024': { lat: [34.0, 34.95], lng: [118.7, 119.65], address: '连云港市' },
  'ziyang-2023': { lat: [29.9, 30.3], lng: [104.4, 104.9], address: '资阳市临空经济区' },
  'lanzhou-2023': { lat: [36.3, 36.7], lng: [103.5, 103.9], address: '兰州新区' },
  'zhaoqing-2019': { lat: [22.9, 23.4], lng: [112.3, 112.7], address: '肇庆市' },
  'jincheng-2021': { lat: [35.3, 35.7], lng: [112.3, 113.0], address: '晋城市' },
}

describe('real campaigns: activities of their own, read off each notice', () => {
  describe.each(campaigns.filter((c) => !c.isDemo).map((c) => [c.slug, c] as const))('%s', (slug, c) => {
    const box = CITY_BOXES[slug]!

    it('has 4–8 activities, all inside its period, run by several of its units', () => {
      expect(c.activities.length).toBeGreaterThanOrEqual(4)
      expect(c.activities.length).toBeLessThanOrEqual(8)
      for (const a of c.activities) {
        expect([a.title, a.startsAt.slice(0, 10) >= c.periodStart && a.endsAt.slice(0, 10) <= c.periodEnd]).toEqual([a.title, true])
      }
      expect(new Set(c.activities.map((a) => a.unit)).size).toBeGreaterThanOrEqual(Math.min(4, c.units.length))
      expect(new Set(c.activities.map((a) => a.title)).size).toBe(c.activities.length)
    })

    it('places them in its city, with made-up contacts and fake 1380000xxxx phones', () => {
      for (const a of c.activities) {
        const where = `${slug} ${a.title}`
        expect([where, a.latitude >= box.lat[0] && a.latitude <= box.lat[1] && a.longitude >= box.lng[0] && a.longitude <= box.lng[1]]).toEqual([where, true])
        expect([where, a.address.includes(box.address)]).toEqual([where, true])
        expect([where, /^1380000\d{4}$/.test(a.contactPhone)]).toEqual([where, true])
        expect(c.contacts.map((p) => p.name)).not.toContain(a.contactName)
      }
      const phones = campaigns.flatMap((x) => x.activities.map((a) => a.contactPhone))
      for (const a of c.activities) expect(phones.filter((p) => p === a.contactPhone)).toHaveLength(1)
    })

    it('spreads over several categories and names co-organisers on some', () => {
      expect(new Set(c.activities.map((a) => a.category)).size).toBeGreaterThanOrEqual(4)
      expect(c.activities.some((a) => a.coOrganisers.length > 0)).toBe(true)
      expect(c.activities.some((a) => a.isKeyActivity)).toBe(true)
    })
  })

  it('资阳: one activity per notice type on its special days, with the notice’s 〈圆梦微心愿〉 banner example', () => {
    const c = bySlug('ziyang-2023')
    const on = (md: string) => c.activities.filter((a) => monthDay(a.startsAt) === md)
    expect(on('03-15').some((a) => a.title.includes('诚信共建') && a.unit === 'shichang-jianguan')).toBe(true)
    expect(on('03-17').some((a) => a.title.includes('国医节'))).toBe(true)
    expect(on('03-22').some((a) => a.title.includes('节水护水'))).toBe(true)
    expect(on('03-24').some((a) => a.title.includes('结核病'))).toBe(true)
    expect(c.activities.some((a) => a.title === '雁江镇关爱困境儿童〈圆梦微心愿〉志愿服务活动')).toBe(true)
    expect(c.activities.some((a) => a.title.includes('党的声音进万家') && a.unit === 'dangqun')).toBe(true)
  })

  it('兰州新区: the theme, from the notice date (3月14日) into the year, 森林日 and 水日', () => {
    const c = bySlug('lanzhou-2023')
    expect(c.activities.every((a) => a.startsAt >= '2023-03-14')).toBe(true)
    expect(c.activities.some((a) => a.title.includes('践行二十大·志愿我先行'))).toBe(true)
    expect(c.activities.some((a) => monthDay(a.startsAt) === '03-21' && a.category === 'environment')).toBe(true)
    expect(c.activities.some((a) => monthDay(a.startsAt) === '03-22')).toBe(true)
    expect(c.activities.some((a) => a.startsAt >= '2023-04-01')).toBe(true)
  })

  it('肇庆: after the notice date, 河小青 on 3·22, 朝阳行动 and 阳光行动, with served populations', () => {
    const c = bySlug('zhaoqing-2019')
    expect(c.activities.every((a) => a.startsAt >= '2019-03-06')).toBe(true)
    expect(c.activities.some((a) => monthDay(a.startsAt) === '03-22' && a.title.includes('河小青'))).toBe(true)
    expect(c.activities.some((a) => a.title.includes('朝阳行动') && a.servedPopulations.includes('migrant_children'))).toBe(true)
    expect(c.activities.some((a) => a.title.includes('阳光行动') && a.servedPopulations.includes('disabled'))).toBe(true)
  })

  it('晋城: starts 3月5日 and runs through the year, across the three report periods', () => {
    const c = bySlug('jincheng-2021')
    expect(c.activities[0]!.startsAt.startsWith('2021-03-05')).toBe(true)
    expect(c.activities.some((a) => a.startsAt > '2021-03-19' && a.startsAt < '2021-07-19')).toBe(true)
    expect(c.activities.some((a) => a.startsAt > '2021-07-19' && a.startsAt < '2021-11-19')).toBe(true)
  })
})

describe('seed activities follow the rules of the activity form (ZActivityInput)', () => {
  const valid = bySlug('ziyang-2023').activities[0]!
  it.each([
    ['a sign-up deadline after the start', { signupDeadline: valid.startsAt.replace(/\d\d:\d\d$/, '23:59') }, '报名截止时间应早于活动开始时间'],
    ['其他 without a description', { servedPopulations: ['other' as const], servedOther: null }, '请说明'],
    ['a phone that is not one', { contactPhone: '1380000' }, '联系电话'],
  ])('refuses %s', (_name, change, message) => {
    const parsed = ZSeedCampaign.safeParse({ ...bySlug('ziyang-2023'), activities: [{ ...valid, ...change }] })
    expect(parsed.success).toBe(false)
    expect(JSON.stringify(parsed.error?.issues)).toContain(message)
  })
})
