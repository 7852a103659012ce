import { openConsolePage } from '../organiser-console/navigation'

/** 邀请码 of a campaign (organisers only). */
export function openInvites(campaignId: string): void {
  openConsolePage('invites', campaignId)
}

/** The printable QR poster: every unit with a live code, or one unit. */
export function openInvitePoster(campaignId: string, unitId?: string): void {
  openConsolePage('invites', campaignId, { view: 'poster', unitId })
}
