import { openConsolePage } from '../organiser-console/navigation'

/** 导出报表 of a campaign (organisers, district admins). */
export function openCampaignExports(campaignId: string): void {
  openConsolePage('exports', campaignId)
}
