import { randomUUID } from 'node:crypto'
import postgres from 'postgres'

/** A direct connection to the test database as its owner (RLS does not apply until a role is set). */
export function connectTestDb(): postgres.Sql {
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (globalSetup starts the database)')
  return postgres(url, { onnotice: () => undefined, max: 40 })
}

/** Runs `work` as a Supabase API role with the given user's claims, exactly as the API does. */
export async function asUser<T>(sql: postgres.Sql, userId: string | null, work: (tx: postgres.TransactionSql) => Promise<T>): Promise<T> {
  const role = userId ? 'authenticated' : 'anon'
  const claims = JSON.stringify(userId ? { sub: userId, role } : { role })
  let result: T | undefined
  await sql.begin(async (tx) => {
    await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${claims}, true)`
    result = await work(tx)
  })
  return result as T
}

export type TFixture = {
  campaignId: string
  units: [string, string]
  contacts: [string, string]
  volunteer: string
  organiser: string
  drafts: [string, string]
  published: string
}

/** A campaign of its own with two units, each with a contact, a draft activity and a photo. */
export async function createFixture(sql: postgres.Sql): Promise<TFixture> {
  const slug = `t-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values (${slug}, '测试文明办', '测试市', 2030, '测试活动月', '2030-03-01', '2030-03-31') returning id`
  const campaignId = campaign!.id
  const units = await sql<{ id: string }[]>`
    insert into units (campaign_id, key, name) values (${campaignId}, 'a', '甲单位'), (${campaignId}, 'b', '乙单位') returning id`
  const users = await sql<{ id: string }[]>`
    insert into app_users (display_name, phone) values ('甲联系人', null), ('乙联系人', null), ('志愿者', '13800001111'), ('组织方', null)
    returning id`
  const [contactA, contactB, volunteer, organiser] = users.map((u) => u.id) as [string, string, string, string]
  const [unitA, unitB] = units.map((u) => u.id) as [string, string]
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
    (${contactA}, ${campaignId}, 'unit_contact', ${unitA}),
    (${contactB}, ${campaignId}, 'unit_contact', ${unitB}),
    (${volunteer}, ${campaignId}, 'volunteer', null),
    (${organiser}, ${campaignId}, 'organiser', null)`
  const activity = (unitId: string, status: string) => sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, capacity)
    values (${campaignId}, ${unitId}, ${`${status} 活动`}, '2030-03-05 09:00+08', '2030-03-05 11:00+08', '广场', 'care', ${status}, 3)
    returning id`
  const [draftA] = await activity(unitA, 'draft')
  const [draftB] = await activity(unitB, 'draft')
  const [published] = await activity(unitA, 'published')
  for (const [unitId, draft] of [[unitA, draftA!.id], [unitB, draftB!.id]] as const) {
    await sql`insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size)
              values (${campaignId}, ${unitId}, 'activity', ${draft}, ${`${slug}/${unitId}.jpg`}, ${'a'.repeat(64)}, 100)`
    await sql`insert into showcase_applications (campaign_id, unit_id, project_name) values (${campaignId}, ${unitId}, '展示项目')`
  }
  return {
    campaignId,
    units: [unitA, unitB],
    contacts: [contactA, contactB],
    volunteer,
    organiser,
    drafts: [draftA!.id, draftB!.id],
    published: published!.id,
  }
}
