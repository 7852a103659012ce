import { openConsolePage } from '../organiser-console/navigation'

/** 照片复核 of a campaign (package-organiser/photo-review), optionally opened on one unit's photos. */
export function openPhotoReview(campaignId: string, unitId?: string): void {
  openConsolePage('photoReview', campaignId, { unitId })
}
