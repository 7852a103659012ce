import type { TStatusCellState } from '../../../types/api/submission-status'
import { openConsolePage } from '../organiser-console/navigation'

/** 报送情况 of a campaign, optionally filtered (e.g. one Friday's 逾期 units from the console home). */
export function openSubmissionStatus(campaignId: string, filters: { districtId?: string; state?: TStatusCellState; deliverable?: string } = {}): void {
  openConsolePage('status', campaignId, filters)
}
