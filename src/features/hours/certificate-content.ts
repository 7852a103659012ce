import type { TCampaignDetail } from '../../../types/api/campaigns'
import type { TMyHoursResponse } from '../../../types/api/checkins'
import { quoteName } from '../../../types/quote-name'
import { toShanghai } from '../../shared/date'
import { formatHours } from '../checkins/announce-checkin'
import type { CertificateContent } from './draw-certificate'

type TIssuingCampaign = Pick<TCampaignDetail, 'id' | 'year' | 'city' | 'theme' | 'issuer' | 'issuers'>

/** The campaigns the person has hours in, most recent service first. */
export function campaignsWithHours(hours: TMyHoursResponse): string[] {
  const ids: string[] = []
  for (const item of [...hours.items].sort((a, b) => b.startsAt.localeCompare(a.startsAt))) {
    if (!ids.includes(item.campaignId)) ids.push(item.campaignId)
  }
  return ids
}

/** Which campaign's certificate to show: the one the app is on (switcher) if the person served in it, else the latest. */
export function pickCertificateCampaign(hours: TMyHoursResponse, preferredId: string | null): string | null {
  const ids = campaignsWithHours(hours)
  return preferredId && ids.includes(preferredId) ? preferredId : (ids[0] ?? null)
}

/** "2027年连云港市学雷锋志愿服务活动「关爱他人 关爱社会 关爱自然」": the campaign by its city, year and theme. */
export function describeIssuingCampaign(campaign: Pick<TCampaignDetail, 'year' | 'city' | 'theme'>): string {
  const base = `${campaign.year}年${campaign.city}学雷锋志愿服务活动`
  return campaign.theme ? `${base}${quoteName(campaign.theme)}` : base
}

/**
 * The certificate's words: the hours served in one campaign, issued in the name of that campaign's
 * organisers (its issuers as the notice prints them), never a generic platform. Null when there is
 * nothing to certify yet.
 */
export function toCertificateContent(hours: TMyHoursResponse, campaign: TIssuingCampaign): CertificateContent | null {
  const { certificate } = hours
  const items = hours.items.filter((item) => item.campaignId === campaign.id)
  const total = Math.round(items.reduce((sum, item) => sum + (item.checkIn.hours ?? 0), 0) * 100) / 100
  if (!certificate.realName || total <= 0) return null
  const issued = toShanghai(certificate.issuedAt)
  // The server's number covers all hours; one campaign among several gets it with the campaign's mark.
  const whole = items.length === hours.items.length
  return {
    realName: certificate.realName,
    totalHours: formatHours(total).replace(' 小时', ''),
    activityCount: items.filter((item) => item.checkIn.checkedOutAt).length,
    activities: items.map((item) => item.title),
    serialNo: whole ? certificate.serialNo : `${certificate.serialNo}-${campaign.id.slice(0, 4).toUpperCase()}`,
    issuedDate: `${issued.year()}年${issued.month() + 1}月${issued.date()}日`,
    campaignName: describeIssuingCampaign(campaign),
    issuers: campaign.issuers.length > 0 ? campaign.issuers : [campaign.issuer],
  }
}
