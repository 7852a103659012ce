import Taro from '@tarojs/taro'
import { refreshSession } from '../auth/session-store'
import { rememberConsoleCampaign } from '../organiser-console/console-campaigns'
import { consoleUrl } from '../organiser-console/navigation'

/** After creating or copying: the person is its organiser now (fresh memberships), open its set-up. */
export async function openCreatedCampaign(campaignId: string): Promise<void> {
  await refreshSession().catch(() => undefined)
  rememberConsoleCampaign(campaignId)
  await Taro.redirectTo({ url: consoleUrl('campaign', { campaignId }) })
}

/** Opens another campaign's set-up (a seeded notice as an example). */
export function openCampaignSetup(campaignId: string): void {
  void Taro.navigateTo({ url: consoleUrl('campaign', { campaignId }) })
}
