import type { TMyHoursResponse } from '../../../types/api/checkins'
import { toShanghai } from '../../shared/date'
import { formatHours } from '../checkins/announce-checkin'
import type { CertificateContent } from './draw-certificate'

/** The certificate's words from GET /api/me/hours; null when there is nothing to certify yet. */
export function toCertificateContent(hours: TMyHoursResponse): CertificateContent | null {
  const { certificate } = hours
  if (!certificate.realName || hours.totalHours <= 0) return null
  const issued = toShanghai(certificate.issuedAt)
  return {
    realName: certificate.realName,
    totalHours: formatHours(hours.totalHours).replace(' 小时', ''),
    activityCount: hours.activityCount,
    activities: hours.items.map((item) => item.title),
    serialNo: certificate.serialNo,
    issuedDate: `${issued.year()}年${issued.month() + 1}月${issued.date()}日`,
  }
}
