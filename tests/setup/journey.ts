import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'

/** The running test server's session secret, so tests can sign in as people they create. */
export function serverSecret(): string {
  return readFileSync(path.join(process.env.TEST_DATA_DIR ?? '', 'session-secret'), 'utf8').trim()
}

export function tokenFor(userId: string): string {
  return issueSessionToken({ userId, ttlHours: 1 }, serverSecret()).token
}

/** A campaign of its own with one unit and its contact, so tests never share rows. */
export async function createUnit(sql: postgres.Sql): Promise<{ campaignId: string; unitId: string; contactId: string }> {
  const slug = `j-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values (${slug}, '测试文明办', '测试市', 2030, '测试活动月', '2030-03-01', '2030-03-31') returning id`
  const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${campaign!.id}, 'u', '测试单位') returning id`
  const [contact] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('测试联系人') returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact!.id}, ${campaign!.id}, 'unit_contact', ${unit!.id})`
  return { campaignId: campaign!.id, unitId: unit!.id, contactId: contact!.id }
}

/** An activity whose times are given in minutes from now (negative = in the past). */
export async function createActivity(
  sql: postgres.Sql,
  unit: { campaignId: string; unitId: string },
  options: { startsIn: number; endsIn: number; capacity?: number | null; deadlineIn?: number; title?: string; cancelCutoffMinutes?: number; geofence?: { lat: number; lng: number; radius: number } },
): Promise<string> {
  const minutes = (n: number) => new Date(Date.now() + n * 60_000)
  const [row] = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity,
                            signup_deadline, contact_phone, cancel_cutoff_minutes, latitude, longitude, geofence_radius_m)
    values (${unit.campaignId}, ${unit.unitId}, ${options.title ?? '测试活动'}, ${minutes(options.startsIn)}, ${minutes(options.endsIn)},
            '测试地点', 'care', ${options.capacity === undefined ? 10 : options.capacity},
            ${options.deadlineIn === undefined ? null : minutes(options.deadlineIn)}, '13800001234',
            ${options.cancelCutoffMinutes ?? 120}, ${options.geofence?.lat ?? null}, ${options.geofence?.lng ?? null},
            ${options.geofence?.radius ?? null})
    returning id`
  return row!.id
}

/** People with a complete profile and consent, ready to sign up. */
export async function createVolunteers(sql: postgres.Sql, count: number, options: { profile?: boolean } = {}): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    insert into app_users (display_name, real_name, phone)
    select '志愿者' || g, ${options.profile === false ? null : '张三'}, ${options.profile === false ? null : '13900000000'}
    from generate_series(1, ${count}) g
    returning id`
  if (options.profile !== false) {
    await sql`insert into privacy_consents (user_id, policy_version, purpose)
              select id, ${PRIVACY_POLICY_VERSION}, 'registration' from app_users where id = any(${rows.map((r) => r.id)}::uuid[])`
  }
  return rows.map((r) => r.id)
}
