import type { Page, Request } from 'playwright-core'
import type postgres from 'postgres'
import { createActivity, createUnit } from '../setup/journey'
import { openSignedIn, settled } from '../setup/phone-browser'

/**
 * The app's main pages as the people who use them: what the accessibility and desk-layout browser
 * tests visit. `ready` is an element that shows the page has its data (not its skeleton).
 */
export type TA11yVisit = { name: string; path: string; as: 'signed_out' | 'volunteer' | 'unit_contact' | 'organiser' | 'district_admin'; ready: string }

export type TA11yPeople = { volunteer: string; unitContact: string; organiser: string; districtAdmin: string }

/**
 * A volunteer of our own with a real name, hours from a finished activity, an upcoming sign-up and
 * two messages (so 我的活动, 证书 and 消息 show content, not an empty state); the demo campaign's
 * contact, organiser and district admin; the demo campaign and one of its activities.
 */
export async function setUpA11yPeople(sql: postgres.Sql): Promise<{ people: TA11yPeople; campaignId: string; unitId: string; activityId: string }> {
  const unit = await createUnit(sql)
  const past = await createActivity(sql, unit, { startsIn: -26 * 60, endsIn: -24 * 60, title: '社区敬老院陪伴' })
  const upcoming = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 27 * 60, title: '河道清洁志愿行' })
  const [volunteer] = await sql<{ id: string }[]>`
    insert into app_users (display_name, real_name, phone) values ('无障碍测试志愿者', '林晓雨', '13900001111') returning id`
  const volunteerId = volunteer!.id
  for (const activityId of [past, upcoming]) {
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteerId}, 'confirmed', now()) returning id`
    if (activityId === past) {
      await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at)
                select ${registration!.id}, starts_at, ends_at from activities where id = ${past}`
    }
  }
  const startsAt = new Date(Date.now() + 24 * 3600_000).toISOString()
  await sql`insert into notification_outbox (user_id, kind, payload, dedupe_key, status)
            values (${volunteerId}, 'activity_tomorrow', ${sql.json({ activityId: upcoming, title: '河道清洁志愿行', startsAt, locationName: '测试地点' })},
                    ${`a11y-tomorrow-${volunteerId}`}, 'kept'),
                   (${volunteerId}, 'activity_changed', ${sql.json({ activityId: upcoming, title: '河道清洁志愿行', startsAt, locationName: '测试地点', change: '地点改为 测试地点' })},
                    ${`a11y-changed-${volunteerId}`}, 'kept')`
  const demoPerson = async (name: string) => {
    const [row] = await sql<{ id: string }[]>`select id from app_users where display_name = ${name}`
    if (!row) throw new Error(`demo person ${name} is missing from the seed`)
    return row.id
  }
  const [demo] = await sql<{ id: string }[]>`select id from campaigns where is_demo order by created_at limit 1`
  const [activity] = await sql<{ id: string }[]>`
    select id from activities where campaign_id = ${demo!.id} and status = 'published' order by starts_at, id limit 1`
  const [contactUnit] = await sql<{ unit_id: string }[]>`
    select m.unit_id from memberships m join app_users p on p.id = m.user_id
    where p.display_name = '李联络（示例单位联系人）' and m.role = 'unit_contact'`
  return {
    people: {
      volunteer: volunteerId,
      unitContact: await demoPerson('李联络（示例单位联系人）'),
      organiser: await demoPerson('陈文明（示例组织方）'),
      districtAdmin: await demoPerson('周区县（示例区县管理员）'),
    },
    campaignId: demo!.id,
    unitId: contactUnit!.unit_id,
    activityId: activity!.id,
  }
}

/** Every main page, in the order a person meets them. */
export function a11yVisits(ids: { campaignId: string; unitId: string; activityId: string }): TA11yVisit[] {
  const c = `campaignId=${ids.campaignId}`
  return [
    { name: '首页 (未登录)', path: '/#/pages/index/index', as: 'signed_out', ready: '.activity-card' },
    { name: '我的 (未登录)', path: '/#/pages/me/index', as: 'signed_out', ready: '.demo-account' },
    { name: '首页', path: '/#/pages/index/index', as: 'volunteer', ready: '.activity-card' },
    { name: '活动详情', path: `/#/pages/activity/index?id=${ids.activityId}`, as: 'volunteer', ready: '.activity-detail' },
    { name: '我的', path: '/#/pages/me/index', as: 'volunteer', ready: '.me-menu' },
    { name: '我的活动', path: '/#/package-volunteer/my-activities/index', as: 'volunteer', ready: '.my-activities__list' },
    { name: '我的时长', path: '/#/package-volunteer/hours/index', as: 'volunteer', ready: '.hours-summary' },
    { name: '消息', path: '/#/package-volunteer/notifications/index', as: 'volunteer', ready: '.notification' },
    { name: '证书', path: '/#/package-volunteer/certificate/index', as: 'volunteer', ready: '.certificate' },
    { name: '我的 (单位联系人)', path: '/#/pages/me/index', as: 'unit_contact', ready: '.unit-desk-entry' },
    { name: '单位工作台', path: `/#/package-unit/home/index?unitId=${ids.unitId}`, as: 'unit_contact', ready: '.unit-home-name' },
    { name: '组织方控制台', path: `/#/package-organiser/home/index?${c}`, as: 'organiser', ready: '.console-page' },
    { name: '报送情况', path: `/#/package-organiser/status/index?${c}`, as: 'organiser', ready: '.status-page' },
    { name: '数据看板', path: `/#/package-organiser/dashboard/index?${c}`, as: 'organiser', ready: '.dashboard-page' },
    { name: '导出报表', path: `/#/package-organiser/exports/index?${c}`, as: 'organiser', ready: '.export-card' },
    { name: '照片复核', path: `/#/package-organiser/photo-review/index?${c}`, as: 'organiser', ready: '.review-page' },
    { name: '邀请', path: `/#/package-organiser/invites/index?${c}`, as: 'organiser', ready: '.invite-page' },
    { name: '活动设置', path: `/#/package-organiser/campaign/index?${c}`, as: 'organiser', ready: '.setup-page' },
    { name: '区县控制台', path: `/#/package-organiser/home/index?${c}`, as: 'district_admin', ready: '.console-page' },
  ]
}

const PERSON: Record<Exclude<TA11yVisit['as'], 'signed_out'>, keyof TA11yPeople> = {
  volunteer: 'volunteer',
  unit_contact: 'unitContact',
  organiser: 'organiser',
  district_admin: 'districtAdmin',
}

/** The requests each page has open now (listened to from its first visit on). */
const openRequests = new WeakMap<Page, Set<Request>>()

function requestsOf(page: Page): Set<Request> {
  let open = openRequests.get(page)
  if (!open) {
    const requests = new Set<Request>()
    page.on('request', (request) => requests.add(request))
    page.on('requestfinished', (request) => requests.delete(request))
    page.on('requestfailed', (request) => requests.delete(request))
    openRequests.set(page, requests)
    open = requests
  }
  return open
}

/**
 * No request open for `quietMs` on end: what the page asked for has arrived. (Playwright's
 * `networkidle` waits a fixed 500 ms after the last one on every visit.)
 */
async function networkQuiet(page: Page, requests: Set<Request>, quietMs = 150, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs
  let quietSince = requests.size === 0 ? Date.now() : 0
  while (Date.now() < until) {
    if (requests.size > 0) quietSince = 0
    else if (quietSince === 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= quietMs) return
    await page.waitForTimeout(25)
  }
  throw new Error(`still waiting for ${[...requests].map((r) => r.url()).join(', ')} after ${timeoutMs} ms`)
}

/**
 * A fresh load of the page as its person, with its data shown, its requests answered, its fonts
 * and pictures drawn and its transitions over.
 */
export async function openAs(target: Page, visit: TA11yVisit, who: TA11yPeople): Promise<void> {
  const requests = requestsOf(target)
  await openSignedIn(target, visit.as === 'signed_out' ? null : who[PERSON[visit.as]], visit.path)
  await target.locator(visit.ready).first().waitFor({ timeout: 20_000 })
  await target.waitForFunction(() => document.querySelectorAll('.nut-skeleton').length === 0, undefined, { timeout: 15_000 })
  await networkQuiet(target, requests)
  await target.evaluate(async () => {
    await document.fonts.ready
    await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)))
  })
  await settled(target, visit.ready)
}
