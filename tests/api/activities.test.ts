import { ZActivityDetail, ZDayCountsResponse, ZListActivitiesResponse } from '../../types/api/activities'
import { ZAppConfigResponse } from '../../types/api/app-config'
import { ZCampaignDetail, ZListCampaignsResponse } from '../../types/api/campaigns'
import { api } from '../setup/api-client'

async function demoCampaignId(): Promise<string> {
  const { body } = await api('/api/app-config')
  return ZAppConfigResponse.parse(body).currentCampaignId!
}

describe('campaigns and activities API', () => {
  it('opens on the live demo campaign and lists all six campaigns', async () => {
    const campaignId = await demoCampaignId()
    const list = ZListCampaignsResponse.parse((await api('/api/campaigns')).body)
    // Other test files add campaigns of their own; the seeded six must all be there.
    expect(list.items.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['demo', 'lianyungang-2024', 'ziyang-2023', 'lanzhou-2023', 'zhaoqing-2019', 'jincheng-2021']),
    )
    const demo = list.items.find((c) => c.id === campaignId)
    expect(demo).toMatchObject({ isDemo: true, slug: 'demo' })
    expect(demo!.activityCount).toBeGreaterThanOrEqual(40)
  })

  it('returns a campaign with its deadlines, quotas, districts and contacts', async () => {
    const list = ZListCampaignsResponse.parse((await api('/api/campaigns')).body)
    const lyg = list.items.find((c) => c.slug === 'lianyungang-2024')!
    const detail = ZCampaignDetail.parse((await api(`/api/campaigns/${lyg.id}`)).body)
    expect(detail.deadlines.some((d) => d.kind === 'showcase_application' && d.dueAt.startsWith('2024-02-19'))).toBe(true)
    expect(detail.quotas).toContainEqual({ subject: 'county', metric: 'showcase_projects', minCount: 6 })
    expect(detail.districts.length).toBeGreaterThan(3)
  })

  it('pages through the demo activities in start order without repeats', async () => {
    const campaignId = await demoCampaignId()
    const seen: string[] = []
    let cursor: string | null = null
    let previousStart = ''
    do {
      const query: string = `/api/activities?campaignId=${campaignId}&limit=7${cursor ? `&cursor=${cursor}` : ''}`
      const page = ZListActivitiesResponse.parse((await api(query)).body)
      for (const item of page.items) {
        expect(item.startsAt >= previousStart).toBe(true)
        previousStart = item.startsAt
        seen.push(item.id)
      }
      cursor = page.nextCursor
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThanOrEqual(40)
  })

  it('filters by special day and by category', async () => {
    const campaignId = await demoCampaignId()
    const all = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&limit=50`)).body)
    const year = all.items[0]!.startsAt.slice(0, 4)
    const day = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&day=${year}-03-05&limit=50`)).body)
    expect(day.items.length).toBeGreaterThan(3)
    for (const item of day.items) expect(item.startsAt.slice(0, 10) <= `${year}-03-05` && item.endsAt.slice(0, 10) >= `${year}-03-05`).toBe(true)
    const health = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&category=health&limit=50`)).body)
    expect(health.items.length).toBeGreaterThan(0)
    expect(health.items.every((item) => item.category === 'health')).toBe(true)
  })

  it('shows an activity’s detail with the contact phone masked for strangers', async () => {
    const campaignId = await demoCampaignId()
    const list = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&limit=1`)).body)
    const detail = ZActivityDetail.parse((await api(`/api/activities/${list.items[0]!.id}`)).body)
    expect(detail.title).toBe(list.items[0]!.title)
    expect(detail.contactPhone).toMatch(/^1\d{2}\*{4}\d{4}$/)
  })
})

describe('bad input gets a clear 4xx, never a 500', () => {
  it.each([
    // A mangled link is an activity that does not exist (issue 11), not a form error.
    ['/api/activities/not-a-uuid', 404, 'activity_not_found'],
    ['/api/activities/00000000-0000-4000-8000-000000000000', 404, 'activity_not_found'],
    ['/api/campaigns/00000000-0000-4000-8000-000000000000', 404, 'campaign_not_found'],
    ['/api/activities?category=party', 400, 'validation_failed'],
    ['/api/activities?limit=500', 400, 'validation_failed'],
    ['/api/activities?day=2027-13-45', 400, 'validation_failed'],
    ['/api/activities?day=2027-02-30', 400, 'validation_failed'],
    ['/api/activities?cursor=garbage', 400, 'validation_failed'],
    ['/api/no-such-route', 404, 'route_not_found'],
  ])('GET %s → %i %s', async (path, status, code) => {
    const { status: actual, body } = await api(path)
    expect(actual).toBe(status)
    expect(body.code).toBe(code)
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('answers a wrong method with 405 and an Allow header', async () => {
    const { status, body } = await api('/api/activities', { method: 'DELETE' })
    expect(status).toBe(405)
    expect(body.code).toBe('method_not_allowed')
  })
})

describe('browsing filters', () => {
  it('counts activities per March day, and the counts match the day filter', async () => {
    const campaignId = await demoCampaignId()
    const strip = ZDayCountsResponse.parse((await api(`/api/activities/day-counts?campaignId=${campaignId}`)).body)
    expect(strip.days.length).toBeGreaterThan(10)
    const busiest = [...strip.days].sort((a, b) => b.count - a.count)[0]!
    const page = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&day=${busiest.date}&limit=50`)).body)
    expect(page.items).toHaveLength(busiest.count)
    const health = ZDayCountsResponse.parse((await api(`/api/activities/day-counts?campaignId=${campaignId}&category=health`)).body)
    expect(health.days.reduce((n, d) => n + d.count, 0)).toBeLessThan(strip.days.reduce((n, d) => n + d.count, 0))
  })

  it('filters a range such as 中国水周 (3月22—28日)', async () => {
    const campaignId = await demoCampaignId()
    const all = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&limit=1`)).body)
    const year = all.items[0]!.startsAt.slice(0, 4)
    const week = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&from=${year}-03-22&to=${year}-03-28&limit=50`)).body)
    expect(week.items.length).toBeGreaterThan(0)
    for (const item of week.items) expect(item.endsAt.slice(0, 10) >= `${year}-03-22` && item.startsAt.slice(0, 10) <= `${year}-03-28`).toBe(true)
  })

  it('filters by sign-up state: 可报名 / 已满 / 候补 / 已结束', async () => {
    const campaignId = await demoCampaignId()
    const open = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&status=open&limit=50`)).body)
    expect(open.items.length).toBeGreaterThan(0)
    expect(open.items.every((item) => item.signupState === 'open')).toBe(true)
    const ended = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${campaignId}&status=ended&limit=50`)).body)
    expect(ended.items).toEqual([])
    expect((await api(`/api/activities?status=maybe`)).status).toBe(400)
  })
})
