import { ZActivityDetail, ZListActivitiesResponse } from '../../types/api/activities'
import { ZAppConfigResponse } from '../../types/api/app-config'
import { ZCampaignDetail } from '../../types/api/campaigns'
import { ZMyHoursResponse } from '../../types/api/checkins'
import { quoteName } from '../../types/quote-name'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createUnit, createVolunteers, tokenFor } from '../setup/journey'
import type postgres from 'postgres'

/** Rough edges a new user meets (issue 11 item 5), at the API. */
let sql: postgres.Sql
beforeAll(() => {
  sql = connectTestDb()
})
afterAll(async () => {
  await sql.end()
})

async function demoCampaignId(): Promise<string> {
  return ZAppConfigResponse.parse((await api('/api/app-config')).body).currentCampaignId!
}

describe('a malformed activity link', () => {
  it.each([['not-a-uuid'], ['8c1f2e4a-1234-4abc-9def'], ['%E6%B4%BB%E5%8A%A8'], ['8c1f2e4a-1234-4abc-9def-0123456789ab']])(
    'GET /api/activities/%s is 404 activity_not_found, not an input-format error',
    async (id) => {
      const answer = await api(`/api/activities/${id}`)
      expect(answer.status).toBe(404)
      expect(answer.body).toMatchObject({ code: 'activity_not_found', message: '活动不存在或已下线' })
    },
  )
})

describe('离我最近', () => {
  it('orders by distance from the given position, activities without coordinates last, and pages without repeats', async () => {
    const unit = await createUnit(sql)
    // Around 新浦 (GCJ-02): 0.5 km, 3 km and 12 km away, two without coordinates.
    const here = { lat: 34.5967, lng: 119.1788 }
    const at = (dLat: number) => ({ lat: here.lat + dLat, lng: here.lng })
    const places: Array<[string, { lat: number; lng: number } | null, string]> = [
      ['远处', at(0.108), '2030-03-02 09:00+08'],
      ['无坐标甲', null, '2030-03-01 09:00+08'],
      ['近处', at(0.0045), '2030-03-09 09:00+08'],
      ['中间', at(0.027), '2030-03-03 09:00+08'],
      ['无坐标乙', null, '2030-03-04 09:00+08'],
    ]
    for (const [title, p, startsAt] of places) {
      await sql`
        insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, latitude, longitude)
        values (${unit.campaignId}, ${unit.unitId}, ${title}, ${startsAt}, ${startsAt}::timestamptz + interval '2 hours', '某地', 'care', ${p?.lat ?? null}, ${p?.lng ?? null})`
    }
    const token = tokenFor(unit.contactId)
    const titles: string[] = []
    const distances: Array<number | null | undefined> = []
    let cursor: string | null = null
    do {
      const path: string = `/api/activities?campaignId=${unit.campaignId}&lat=${here.lat}&lng=${here.lng}&limit=2${cursor ? `&cursor=${cursor}` : ''}`
      const page = ZListActivitiesResponse.parse((await api(path, { token })).body)
      titles.push(...page.items.map((i) => i.title))
      distances.push(...page.items.map((i) => i.distanceM))
      cursor = page.nextCursor
    } while (cursor)
    expect(titles).toEqual(['近处', '中间', '远处', '无坐标甲', '无坐标乙'])
    expect(distances[0]).toBeGreaterThan(400)
    expect(distances[0]).toBeLessThan(600)
    expect(distances[2]).toBeGreaterThan(11_000)
    expect(distances.slice(3)).toEqual([null, null])

    // Without a position: start order, as before, and no distances.
    const byTime = ZListActivitiesResponse.parse((await api(`/api/activities?campaignId=${unit.campaignId}`, { token })).body)
    expect(byTime.items.map((i) => i.title)).toEqual(['无坐标甲', '远处', '中间', '无坐标乙', '近处'])
    expect(byTime.items.every((i) => i.distanceM === undefined)).toBe(true)
  })

  it('refuses half a position with a Chinese message', async () => {
    const campaignId = await demoCampaignId()
    const answer = await api(`/api/activities?campaignId=${campaignId}&lat=34.6`)
    expect(answer.status).toBe(400)
    expect(answer.body.message).toContain('纬度和经度')
  })
})

describe('the demo campaign and its districts', () => {
  it('has a theme that is a theme, not the notice title', async () => {
    const detail = ZCampaignDetail.parse((await api(`/api/campaigns/${await demoCampaignId()}`)).body)
    expect(detail.theme).toBeTruthy()
    expect(detail.theme).not.toMatch(/通知|关于|【/)
    expect(detail.title).not.toBe(detail.theme)
  })

  it('tells places (县区/功能板块) from groups of units, so the app can offer them apart', async () => {
    const detail = ZCampaignDetail.parse((await api(`/api/campaigns/${await demoCampaignId()}`)).body)
    const places = detail.districts.filter((d) => d.kind === 'county' || d.kind === 'function_area').map((d) => d.name)
    const groups = detail.districts.filter((d) => d.kind !== 'county' && d.kind !== 'function_area').map((d) => d.name)
    expect(places).toEqual(expect.arrayContaining(['海州区', '市开发区']))
    expect(groups).toEqual(expect.arrayContaining(['市志愿服务协调小组成员单位', '各志愿服务组织']))
    expect(places).not.toContain('各文明行业（单位）')
  })
})

describe('names in quotation marks', () => {
  it('quotes a name once: never around marks it already carries', () => {
    expect(quoteName('社区义诊')).toBe('「社区义诊」')
    expect(quoteName('“永远跟党走”学雷锋主题宣讲')).toBe('“永远跟党走”学雷锋主题宣讲')
    expect(quoteName('「圆梦微心愿」')).toBe('「圆梦微心愿」')
    expect(quoteName('践行二十大·志愿我先行', '“”')).toBe('“践行二十大·志愿我先行”')
    expect(quoteName('“践行二十大·志愿我先行”', '“”')).toBe('“践行二十大·志愿我先行”')
    // Marks inside only: wrapped, in the other style so they do not nest alike.
    expect(quoteName('关爱困境儿童“圆梦微心愿”活动', '“”')).toBe('「关爱困境儿童“圆梦微心愿”活动」')
  })

  it('never doubles marks in an API message quoting an activity name (time_overlap)', async () => {
    const unit = await createUnit(sql)
    const [personId] = await createVolunteers(sql, 1)
    const person = { id: personId! }
    const make = (title: string) => sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity)
      values (${unit.campaignId}, ${unit.unitId}, ${title}, now() + interval '3 days', now() + interval '3 days 2 hours', '某地', 'care', 10)
      returning id`
    const [first] = await make('“三月春风暖 雷锋在身边”社区义诊')
    const [second] = await make('植树节义务植树')
    const token = tokenFor(person.id)
    expect((await api('/api/registrations', { token, body: { activityId: first!.id } })).status).toBe(200)
    const clash = await api('/api/registrations', { token, body: { activityId: second!.id } })
    expect(clash.body.code).toBe('time_overlap')
    expect(clash.body.message).toContain('“三月春风暖 雷锋在身边”社区义诊')
    expect(clash.body.message).not.toMatch(/「“|”」/)
  })
})

describe('服务证明 data', () => {
  it('names each served activity’s campaign, so the certificate is issued by that campaign’s organisers', async () => {
    const unit = await createUnit(sql)
    const [person] = await sql<{ id: string }[]>`insert into app_users (display_name, real_name) values ('证书测试', '李四') returning id`
    const [activity] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
      values (${unit.campaignId}, ${unit.unitId}, '证书活动', now() - interval '3 hours', now() - interval '1 hour', '某地', 'care') returning id`
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activity!.id}, ${person!.id}, 'confirmed', now() - interval '1 day') returning id`
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registration!.id}, now() - interval '3 hours', now() - interval '1 hour')`
    const hours = ZMyHoursResponse.parse((await api('/api/me/hours', { token: tokenFor(person!.id) })).body)
    expect(hours.items).toHaveLength(1)
    expect(hours.items[0]!.campaignId).toBe(unit.campaignId)
  })
})
