import { createHash } from 'node:crypto'
import type { TMyHoursResponse } from '../../../types/api/checkins'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { toCheckInState } from '../registrations/repository'
import { toShanghaiIso } from '../time/shanghai'

type THoursRow = {
  activity_id: string
  campaign_id: string
  title: string
  unit_name: string
  starts_at: Date
  checked_in_at: Date
  checked_out_at: Date | null
  hours: string | null
  auto_closed: boolean
}

/** Hours per activity and in total, from check-ins (never typed in), plus the 服务证明 header. */
export async function getMyHours(session: TSessionClaims, now: Date = new Date()): Promise<TMyHoursResponse> {
  return withUserTx(session, async (tx) => {
    const rows = await tx<THoursRow[]>`
      select a.id as activity_id, a.campaign_id, a.title, u.name as unit_name, a.starts_at,
             ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed
      from check_ins ci
      join registrations r on r.id = ci.registration_id
      join activities a on a.id = r.activity_id
      join units u on u.id = a.unit_id
      where r.user_id = ${session.sub} and r.status = 'confirmed'
      order by a.starts_at desc`
    const [person] = await tx<{ real_name: string | null }[]>`select real_name from app_users where id = ${session.sub}`
    const items = rows.flatMap((row) => {
      const checkIn = toCheckInState(row)
      return checkIn ? [{ activityId: row.activity_id, campaignId: row.campaign_id, title: row.title, unitName: row.unit_name, startsAt: toShanghaiIso(row.starts_at), checkIn }] : []
    })
    const totalHours = Math.round(items.reduce((sum, item) => sum + (item.checkIn.hours ?? 0), 0) * 100) / 100
    // The serial number identifies this person and this total: a changed total gives a new number.
    const serialNo = `XLF-${createHash('sha256').update(`${session.sub}:${totalHours}:${items.length}`).digest('hex').slice(0, 10).toUpperCase()}`
    return {
      totalHours,
      activityCount: items.filter((item) => item.checkIn.checkedOutAt).length,
      items,
      certificate: { realName: person?.real_name ?? null, serialNo, issuedAt: toShanghaiIso(now) },
    }
  })
}
