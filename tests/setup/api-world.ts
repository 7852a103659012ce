import { randomUUID } from 'node:crypto'
import type postgres from 'postgres'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'

/**
 * A small world for the fuzz and isolation tests: two campaigns, three districts, three units, and
 * for each unit a row in every per-unit table; two volunteers with their personal rows. Scope 1 is
 * "ours" (campaign 1, district 1, unit 1, volunteer 1), scope 2 is another unit in another district
 * of the same campaign with volunteer 2's registration, scope 3 is another campaign altogether.
 * Campaigns are unpublished and in the past (March 2025) so no "current campaign" changes under
 * other tests, and check-ins with hours are possible.
 */
export type TScope = {
  name: 's1' | 's2' | 's3'
  campaignId: string
  districtId: string
  unitId: string
  /** A published activity with a confirmed, checked-in registration. */
  activityId: string
  draftId: string
  registrationId: string
  photoId: string
  showcaseId: string
  reportId: string
  deadlines: { weekly: string; report: string; plan: string; photos: string; showcase: string }
  submissionId: string
  statsId: string
  statsPictureId: string
  arrangementImportId: string
  unitImportId: string
  uploadPath: string
  inviteCode: string
  notificationId: string
  contactId: string
  /** Rows nothing hangs on, for the operations that delete or withdraw. */
  spare: { deadlineId: string; districtId: string; unitId: string; showcaseId: string; photoId: string; activityId: string }
  /** Text only this unit's private rows carry (draft, showcase, report, weekly return): never in another's API answer. */
  secret: string
}

export type TWorld = {
  users: { V1: string; V2: string; V3: string; K1: string; K2: string; K3: string; A1: string; O1: string; O2: string }
  s1: TScope
  s2: TScope
  s3: TScope
  /** Text only each volunteer's own notification carries. */
  personSecrets: { V1: string; V2: string }
  /** Every row made, by table: its key column and value, and which scope it belongs to. */
  rows: Array<{ table: string; key: string; value: string; scope: 's1' | 's2' | 's3'; person?: TPerson }>
}

const SHA = 'a'.repeat(64)

/** Volunteer 1 (ours), volunteer 2 (another unit's, same campaign), volunteer 3 (another campaign's only). */
type TPerson = 'V1' | 'V2' | 'V3'

export async function createWorld(sql: postgres.Sql): Promise<TWorld> {
  const tag = randomUUID().slice(0, 8)
  const rows: TWorld['rows'] = []
  const one = async <T extends Record<string, unknown>>(query: Promise<T[]>): Promise<T> => {
    const [row] = await query
    if (!row) throw new Error('fixture insert returned nothing')
    return row
  }
  const note = (table: string, value: string, scope: TScope['name'], key = 'id', person?: TPerson): string => {
    rows.push({ table, key, value, scope, ...(person ? { person } : {}) })
    return value
  }

  const users = await sql<{ id: string; display_name: string }[]>`
    insert into app_users (display_name, real_name, phone)
    values ('志愿者甲', '张秘甲', '13900000001'), ('志愿者乙', '李秘乙', '13900000002'), ('联系人甲', null, null),
           ('联系人乙', null, null), ('联系人丙', null, null), ('区县管理员', null, null), ('组织方甲', null, null), ('组织方乙', null, null),
           ('志愿者丙', '赵秘丙', '13900000003')
    returning id, display_name`
  const [V1, V2, K1, K2, K3, A1, O1, O2, V3] = users.map((u) => u.id) as [string, string, string, string, string, string, string, string, string]
  const world = { users: { V1, V2, V3, K1, K2, K3, A1, O1, O2 } } as TWorld
  note('app_users', V1, 's1', 'id', 'V1')
  note('app_users', V2, 's2', 'id', 'V2')
  note('app_users', V3, 's3', 'id', 'V3')
  // The server's own rate-limit counters (service role only): one per volunteer, as sign-ups would leave.
  for (const [person, scope] of [['V1', 's1'], ['V2', 's2']] as const) {
    note('rate_limit_counters', (await one(sql<{ subject: string }[]>`
      insert into rate_limit_counters (bucket, subject, window_start, window_seconds, hits)
      values ('signup_user', ${`fixture-${person}-${tag}`}, date_trunc('hour', now()), 3600, 1) returning subject`)).subject, scope, 'subject', person)
  }
  for (const [user, person] of [[V1, 'V1'], [V2, 'V2']] as const) {
    note('privacy_consents', (await one(sql<{ id: string }[]>`insert into privacy_consents (user_id, policy_version, purpose) values (${user}, ${PRIVACY_POLICY_VERSION}, 'registration') returning id`)).id, person === 'V1' ? 's1' : 's2', 'id', person)
    note('privacy_consent_events', String((await one(sql<{ id: string }[]>`insert into privacy_consent_events (user_id, purpose, policy_version, action) values (${user}, 'hours_report', ${PRIVACY_POLICY_VERSION}, 'granted') returning id::text as id`)).id), person === 'V1' ? 's1' : 's2', 'id', person)
  }

  const makeCampaign = async (name: 's1' | 's3', organiser: string) => {
    const campaign = await one(sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
      values (${`w-${name}-${tag}`}, '测试文明办', '测试市', 2025, ${`测试活动月${name}-${tag}`}, '2025-03-01', '2025-03-31', false) returning id`)
    note('campaigns', campaign.id, name)
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser}, ${campaign.id}, 'organiser')`
    const deadline = async (kind: string, due: string, title: string) =>
      note('campaign_deadlines', (await one(sql<{ id: string }[]>`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaign.id}, ${kind}, ${title}, ${due}) returning id`)).id, name)
    const deadlines = {
      weekly: await deadline('weekly_stats', '2025-03-07 18:00+08', '第一周统计表'),
      report: await deadline('report', '2025-03-19 18:00+08', '图文报告'),
      plan: await deadline('activity_plan', '2025-02-19 18:00+08', '活动安排表'),
      photos: await deadline('photos', '2025-03-25 18:00+08', '活动照片'),
      showcase: await deadline('showcase_application', '2025-02-19 18:00+08', '展示项目申报'),
    }
    const spareDeadline = await deadline('other', '2025-03-30 18:00+08', '备用截止')
    note('campaign_quotas', (await one(sql<{ id: string }[]>`insert into campaign_quotas (campaign_id, subject, metric, min_count) values (${campaign.id}, 'unit', 'key_activities', 1) returning id`)).id, name)
    note('campaign_contacts', (await one(sql<{ id: string }[]>`insert into campaign_contacts (campaign_id, name, phone) values (${campaign.id}, '王清', '13800000000') returning id`)).id, name)
    note('unit_list_imports', (await one(sql<{ id: string }[]>`
      insert into unit_list_imports (campaign_id, storage_path, sheet_name, header_row, rows, valid_count, invalid_count, created_by)
      values (${campaign.id}, ${`${campaign.id}/units-${tag}.xlsx`}, 'Sheet1', 1, '[]'::jsonb, 0, 0, ${organiser}) returning id`)).id, name)
    note('audit_log', String((await one(sql<{ id: string }[]>`insert into audit_log (campaign_id, actor_id, action, entity) values (${campaign.id}, ${organiser}, 'fixture', 'campaign') returning id::text as id`)).id), name)
    return { campaignId: campaign.id, deadlines, spareDeadline }
  }

  const makeScope = async (
    name: TScope['name'],
    campaign: Awaited<ReturnType<typeof makeCampaign>>,
    contact: string,
    volunteer: string,
    person: TPerson,
  ): Promise<TScope> => {
    const { campaignId, deadlines } = campaign
    const secret = `机密单位${name}-${tag}`
    const districtId = note('districts', (await one(sql<{ id: string }[]>`insert into districts (campaign_id, key, name, kind) values (${campaignId}, ${`d-${name}`}, ${`${name}县`}, 'county') returning id`)).id, name)
    const spareDistrict = (await one(sql<{ id: string }[]>`insert into districts (campaign_id, key, name, kind) values (${campaignId}, ${`d-${name}-spare`}, ${`${name}空县`}, 'county') returning id`)).id
    const unitId = note('units', (await one(sql<{ id: string }[]>`insert into units (campaign_id, district_id, key, name) values (${campaignId}, ${districtId}, ${`u-${name}`}, ${`${name}单位`}) returning id`)).id, name)
    const spareUnit = (await one(sql<{ id: string }[]>`insert into units (campaign_id, district_id, key, name) values (${campaignId}, ${districtId}, ${`u-${name}-spare`}, ${`${name}空单位`}) returning id`)).id
    note('memberships', (await one(sql<{ id: string }[]>`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact}, ${campaignId}, 'unit_contact', ${unitId}) returning id`)).id, name)
    note('memberships', (await one(sql<{ id: string }[]>`insert into memberships (user_id, campaign_id, role) values (${volunteer}, ${campaignId}, 'volunteer') returning id`)).id, name, 'id', person)
    const activity = async (status: string, title: string) =>
      (await one(sql<{ id: string }[]>`
        insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, capacity, contact_phone, created_by)
        values (${campaignId}, ${unitId}, ${title}, '2025-03-05 09:00+08', '2025-03-05 11:00+08', '广场', 'care', ${status}, 30, '13800001234', ${contact})
        returning id`)).id
    const activityId = note('activities', await activity('published', `${name}公开活动`), name)
    const draftId = note('activities', await activity('draft', `${secret}草稿`), name)
    const spareActivity = await activity('published', `${name}备用活动`)
    const registrationId = note('registrations', (await one(sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteer}, 'confirmed', '2025-03-01 10:00+08') returning id`)).id, name, 'id', person)
    note('check_ins', (await one(sql<{ id: string }[]>`
      insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registrationId}, '2025-03-05 09:00+08', '2025-03-05 11:00+08') returning id`)).id, name, 'id', person)
    note('check_in_scans', (await one(sql<{ id: string }[]>`
      insert into check_in_scans (id, user_id, activity_id, scanned_at, queued, action) values (${randomUUID()}, ${volunteer}, ${activityId}, '2025-03-05 09:00+08', false, 'checked_in') returning id`)).id, name, 'id', person)
    const photo = async (activity: string, file: string) =>
      (await one(sql<{ id: string }[]>`
        insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, uploaded_by)
        values (${campaignId}, ${unitId}, 'activity', ${activity}, ${`${campaignId}/${unitId}/${file}-${tag}.jpg`}, ${`${campaignId}/${unitId}/${file}-${tag}.display.jpg`}, ${SHA}, 100, ${contact}) returning id`)).id
    const photoId = note('photos', await photo(activityId, 'a'), name)
    const sparePhoto = await photo(spareActivity, 'spare')
    const job = await one(sql<{ id: string }[]>`insert into photo_check_jobs (photo_id, sha256, status) values (${photoId}, ${SHA}, 'done') returning id`)
    note('photo_check_jobs', job.id, name)
    note('photo_check_results', (await one(sql<{ id: string }[]>`
      insert into photo_check_results (photo_id, job_id, verdict, engine_version) values (${photoId}, ${job.id}, 'needs_review', 'fixture') returning id`)).id, name)
    const showcaseId = note('showcase_applications', (await one(sql<{ id: string }[]>`
      insert into showcase_applications (campaign_id, unit_id, project_name, deadline_id, created_by) values (${campaignId}, ${unitId}, ${`${secret}项目`}, ${deadlines.showcase}, ${contact}) returning id`)).id, name)
    const spareShowcase = (await one(sql<{ id: string }[]>`
      insert into showcase_applications (campaign_id, unit_id, project_name, created_by) values (${campaignId}, ${unitId}, '备用项目', ${contact}) returning id`)).id
    const reportId = note('reports', (await one(sql<{ id: string }[]>`
      insert into reports (campaign_id, unit_id, deadline_id, kind, title, body) values (${campaignId}, ${unitId}, ${deadlines.report}, 'report', ${`${secret}报告`}, '正文') returning id`)).id, name)
    const submissionId = note('unit_submissions', (await one(sql<{ id: string }[]>`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, body) values (${campaignId}, ${unitId}, ${deadlines.weekly}, 'weekly_stats', ${`${secret}新闻稿`}) returning id`)).id, name)
    const statsId = note('weekly_stats', (await one(sql<{ id: string }[]>`
      insert into weekly_stats (campaign_id, unit_id, activity_id, week_ending, deadline_id, volunteer_count) values (${campaignId}, ${unitId}, ${activityId}, '2025-03-07', ${deadlines.weekly}, 1) returning id`)).id, name)
    note('weekly_stats_served', (await one(sql<{ id: string }[]>`
      insert into weekly_stats_served (stats_id, unit_id, population, served_count) values (${statsId}, ${unitId}, 'disabled', 3) returning stats_id::text as id`)).id, name, 'stats_id')
    note('weekly_stats_returns', (await one(sql<{ id: string }[]>`
      insert into weekly_stats_returns (submission_id, unit_id, contact_name) values (${submissionId}, ${unitId}, ${`${secret}填表人`}) returning submission_id::text as id`)).id, name, 'submission_id')
    const statsPictureId = note('weekly_stats_pictures', (await one(sql<{ id: string }[]>`
      insert into weekly_stats_pictures (submission_id, campaign_id, unit_id, storage_path, display_path, sha256, byte_size) values (${submissionId}, ${campaignId}, ${unitId}, ${`${campaignId}/${unitId}/stats-${tag}.jpg`}, ${`${campaignId}/${unitId}/stats-${tag}.display.jpg`}, ${SHA}, 100) returning id`)).id, name)
    note('media_coverage', (await one(sql<{ id: string }[]>`
      insert into media_coverage (campaign_id, unit_id, activity_id, week_ending, deadline_id, print_reports) values (${campaignId}, ${unitId}, ${activityId}, '2025-03-07', ${deadlines.weekly}, 1) returning id`)).id, name)
    const arrangementImportId = note('arrangement_imports', (await one(sql<{ id: string }[]>`
      insert into arrangement_imports (campaign_id, unit_id, storage_path, sheet_name, header_row, rows, valid_count, invalid_count, created_by)
      values (${campaignId}, ${unitId}, ${`${campaignId}/${unitId}/plan-${tag}.xlsx`}, 'Sheet1', 1, '[]'::jsonb, 0, 0, ${contact}) returning id`)).id, name)
    const uploadPath = note('storage_uploads', (await one(sql<{ path: string }[]>`
      insert into storage_uploads (path, campaign_id, unit_id, purpose, content_type, max_bytes, created_by, expires_at)
      values (${`${campaignId}/${unitId}/upload-${tag}.jpg`}, ${campaignId}, ${unitId}, 'activity_photo', 'image/jpeg', 1000, ${contact}, now() + interval '1 hour') returning path`)).path, name, 'path')
    const inviteCode = note('invite_codes', (await one(sql<{ code: string }[]>`
      insert into invite_codes (code, campaign_id, role, unit_id, max_uses) values (${`W${name.toUpperCase()}${tag.toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 12)}, ${campaignId}, 'unit_contact', ${unitId}, 3) returning code`)).code, name, 'code')
    const notificationId = note('notification_outbox', (await one(sql<{ id: string }[]>`
      insert into notification_outbox (user_id, kind, payload, dedupe_key) values (${volunteer}, 'activity_changed', ${sql.json({ title: personSecret(person) })}, ${`w-${tag}-${name}`}) returning id`)).id, name, 'id', person)
    const unitImportId = (await sql<{ id: string }[]>`select id from unit_list_imports where campaign_id = ${campaignId} limit 1`)[0]!.id
    return {
      name, campaignId, districtId, unitId, activityId, draftId, registrationId, photoId, showcaseId, reportId, deadlines, submissionId, statsId,
      statsPictureId, arrangementImportId, unitImportId, uploadPath, inviteCode, notificationId, contactId: contact, secret,
      spare: { deadlineId: campaign.spareDeadline, districtId: spareDistrict, unitId: spareUnit, showcaseId: spareShowcase, photoId: sparePhoto, activityId: spareActivity },
    }
  }

  const personSecret = (person: TPerson) => `机密个人${person}-${tag}`
  world.personSecrets = { V1: personSecret('V1'), V2: personSecret('V2') }
  const c1 = await makeCampaign('s1', O1)
  const c3 = await makeCampaign('s3', O2)
  world.s1 = await makeScope('s1', c1, K1, V1, 'V1')
  world.s2 = await makeScope('s2', { ...c1, spareDeadline: c1.spareDeadline }, K2, V2, 'V2')
  world.s3 = await makeScope('s3', c3, K3, V3, 'V3')
  // The campaign-level rows made by makeCampaign for scope 1 belong to s1 (campaign 1, shared by s1 and s2).
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values (${A1}, ${c1.campaignId}, 'district_admin', ${world.s1.districtId})`
  world.rows = rows
  return world
}
