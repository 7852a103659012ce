import type postgres from 'postgres'
import { ZDemoAccountsResponse, ZMeResponse } from '../../types/api/auth'
import { ZMyUnitsResponse } from '../../types/api/unit-home'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createUnit, tokenFor } from '../setup/journey'

/**
 * 我的 names a campaign by its theme, as the activity cards and the home banner do (theme ?? title):
 * the demo login's role lines, the 我的身份 list and the 单位工作台 rows get the theme, the notice's title only when a
 * campaign has no theme.
 */
let sql: postgres.Sql
beforeAll(() => {
  sql = connectTestDb()
})
afterAll(async () => {
  await sql.end()
})

describe('campaign theme in 我的', () => {
  it('the demo accounts’ role lines name the demo campaign by its theme, not the notice’s title', async () => {
    const [demo] = await sql<{ title: string; theme: string }[]>`select title, theme from campaigns where is_demo and theme is not null order by created_at limit 1`
    expect(demo).toBeDefined()
    const accounts = ZDemoAccountsResponse.parse((await api('/api/auth/demo-accounts')).body)
    const withCampaign = accounts.items.filter((a) => a.description.includes('（'))
    expect(withCampaign.length).toBeGreaterThan(0)
    for (const account of withCampaign) {
      expect(account.description).toContain(demo!.theme)
      expect(account.description).not.toContain(demo!.title)
    }
  })

  it('/api/me gives each membership the campaign’s theme (null without one) beside its title', async () => {
    const themed = await createUnit(sql)
    await sql`update campaigns set theme = '志愿测试 美好生活' where id = ${themed.campaignId}`
    const plain = await createUnit(sql)
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${themed.contactId}, ${plain.campaignId}, 'unit_contact', ${plain.unitId})`
    const me = ZMeResponse.parse((await api('/api/me', { token: tokenFor(themed.contactId) })).body)
    expect(me.user.memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ campaignId: themed.campaignId, campaignTitle: '测试活动月', campaignTheme: '志愿测试 美好生活' }),
        expect.objectContaining({ campaignId: plain.campaignId, campaignTitle: '测试活动月', campaignTheme: null }),
      ]),
    )
    // The 单位工作台 rows on 我的 too.
    const units = ZMyUnitsResponse.parse((await api('/api/me/units', { token: tokenFor(themed.contactId) })).body)
    expect(units.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: themed.unitId, campaignTheme: '志愿测试 美好生活' }),
        expect.objectContaining({ unitId: plain.unitId, campaignTheme: null }),
      ]),
    )
  })
})
