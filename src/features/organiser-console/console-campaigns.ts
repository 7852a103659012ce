import Taro from '@tarojs/taro'
import type { TMembership } from '../../../types/api/auth'
import type { TConsoleRole } from '../../../types/api/organiser-console'

export type TConsoleCampaign = {
  campaignId: string
  campaignTitle: string
  /** What the app calls the campaign everywhere else: its theme, else its title. */
  campaignName: string
  role: TConsoleRole
  /** A district admin's district(s). */
  districtNames: string[]
}

/**
 * The campaigns whose console the person may open, from their memberships: organiser wins over
 * district admin in the same campaign (an organiser sees every district anyway).
 */
export function consoleCampaigns(memberships: TMembership[]): TConsoleCampaign[] {
  const byCampaign = new Map<string, TConsoleCampaign>()
  for (const m of memberships) {
    if (m.role !== 'organiser' && m.role !== 'district_admin') continue
    const known = byCampaign.get(m.campaignId)
    if (!known) {
      byCampaign.set(m.campaignId, {
        campaignId: m.campaignId,
        campaignTitle: m.campaignTitle,
        campaignName: m.campaignTheme ?? m.campaignTitle,
        role: m.role,
        districtNames: m.role === 'district_admin' && m.districtName ? [m.districtName] : [],
      })
    } else if (m.role === 'organiser') {
      known.role = 'organiser'
      known.districtNames = []
    } else if (known.role === 'district_admin' && m.districtName) {
      known.districtNames.push(m.districtName)
    }
  }
  return [...byCampaign.values()]
}

const LAST_CAMPAIGN_KEY = 'xlf.console.campaign'

/** The campaign to open: the one asked for, else the one chosen last time, else the first. */
export function pickConsoleCampaign(campaigns: TConsoleCampaign[], asked: string | undefined): TConsoleCampaign | null {
  const find = (id: unknown) => campaigns.find((c) => c.campaignId === id)
  let last: unknown = null
  try {
    last = Taro.getStorageSync(LAST_CAMPAIGN_KEY)
  } catch {
    last = null
  }
  return find(asked) ?? find(last) ?? campaigns[0] ?? null
}

export function rememberConsoleCampaign(campaignId: string): void {
  try {
    Taro.setStorageSync(LAST_CAMPAIGN_KEY, campaignId)
  } catch {
    // Not remembered: the console opens on the first campaign next time.
  }
}
