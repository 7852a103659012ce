// console-campaigns reads the last chosen campaign from Taro storage; these cases do not touch it.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))
import type { TMembership } from '../../types/api/auth'
import { consoleCampaigns } from '../../src/features/organiser-console/console-campaigns'

/** 我的's console entry: one row per campaign the person runs, named as the rest of the app names it. */
const base: TMembership = {
  campaignId: '00000000-0000-4000-8000-000000000001',
  campaignTitle: '关于开展2027年学雷锋志愿服务月活动的通知',
  campaignTheme: '践行二十大·志愿我先行',
  role: 'organiser',
  unitId: null,
  unitName: null,
  districtId: null,
  districtName: null,
}

describe('consoleCampaigns', () => {
  it('names a campaign by its theme, by its title only when it has none', () => {
    const other = { ...base, campaignId: '00000000-0000-4000-8000-000000000002', campaignTheme: null, campaignTitle: '2026年志愿服务月' }
    expect(consoleCampaigns([base, other]).map((c) => c.campaignName)).toEqual(['践行二十大·志愿我先行', '2026年志愿服务月'])
  })

  it('gives organiser over district admin in one campaign, and lists a district admin’s districts', () => {
    const admin = { ...base, role: 'district_admin' as const, districtId: '00000000-0000-4000-8000-000000000009', districtName: '雁江区' }
    expect(consoleCampaigns([admin, { ...admin, districtName: '安岳县' }])).toMatchObject([{ role: 'district_admin', districtNames: ['雁江区', '安岳县'] }])
    expect(consoleCampaigns([admin, base])).toMatchObject([{ role: 'organiser', districtNames: [] }])
    expect(consoleCampaigns([{ ...base, role: 'volunteer' }])).toEqual([])
  })
})
