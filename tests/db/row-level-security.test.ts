import { asUser, connectTestDb, createFixture, type TFixture } from '../setup/db'

const sql = connectTestDb()
let f: TFixture

beforeAll(async () => {
  f = await createFixture(sql)
})
afterAll(() => sql.end())

describe('row-level security', () => {
  it('lets a unit contact read only their own unit’s drafts, photos and applications', async () => {
    const [contactA] = f.contacts
    const seen = await asUser(sql, contactA, async (tx) => ({
      drafts: await tx<{ id: string }[]>`select id from activities where campaign_id = ${f.campaignId} and status = 'draft'`,
      photos: await tx<{ unit_id: string }[]>`select unit_id from photos where campaign_id = ${f.campaignId}`,
      showcase: await tx<{ unit_id: string }[]>`select unit_id from showcase_applications where campaign_id = ${f.campaignId}`,
    }))
    expect(seen.drafts.map((r) => r.id)).toEqual([f.drafts[0]])
    expect(seen.photos.map((r) => r.unit_id)).toEqual([f.units[0]])
    expect(seen.showcase.map((r) => r.unit_id)).toEqual([f.units[0]])
  })

  it('refuses a unit contact writing into another unit', async () => {
    const [contactA] = f.contacts
    await expect(
      asUser(sql, contactA, (tx) => tx`
        insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
        values (${f.campaignId}, ${f.units[1]}, '越权活动', now(), now() + interval '1 hour', '某地', 'care')`),
    ).rejects.toMatchObject({ code: '42501' })
    const updated = await asUser(sql, contactA, (tx) => tx`update activities set title = '改名' where id = ${f.drafts[1]} returning id`)
    expect(updated).toHaveLength(0)
  })

  it('lets organisers see every unit of their campaign', async () => {
    const drafts = await asUser(sql, f.organiser, (tx) => tx`select id from activities where campaign_id = ${f.campaignId} and status = 'draft'`)
    expect(drafts).toHaveLength(2)
  })

  it('shows anonymous callers published activities only, and no people', async () => {
    const rows = await asUser(sql, null, (tx) => tx<{ id: string }[]>`select id from activities where campaign_id = ${f.campaignId}`)
    expect(rows.map((r) => r.id)).toEqual([f.published])
    const users = await asUser(sql, null, (tx) => tx`select id from app_users`)
    expect(users).toHaveLength(0)
  })

  it('keeps a volunteer’s phone from other volunteers but shows it to the activity’s unit', async () => {
    const [contactA, contactB] = f.contacts
    const otherVolunteer = await asUser(sql, contactB, (tx) => tx`select phone from app_users where id = ${f.volunteer}`)
    expect(otherVolunteer).toHaveLength(0)
    await sql`insert into registrations (activity_id, user_id, status) values (${f.published}, ${f.volunteer}, 'confirmed')`
    const [row] = await asUser(sql, contactA, (tx) => tx<{ phone: string }[]>`select phone from app_users where id = ${f.volunteer}`)
    expect(row?.phone).toBe('13800001111')
  })

  it('has row-level security enabled on every table in public', async () => {
    const rows = await sql<{ relname: string }[]>`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`
    expect(rows.map((r) => r.relname)).toEqual([])
  })
})

describe('rules enforced in SQL', () => {
  it('lets volunteers write registrations only through the sign-up functions', async () => {
    await expect(
      asUser(sql, f.volunteer, (tx) => tx`
        insert into registrations (activity_id, user_id, status) values (${f.drafts[0]}, ${f.volunteer}, 'confirmed')`),
    ).rejects.toMatchObject({ code: '42501' })
    const promoted = await asUser(sql, f.volunteer, (tx) => tx`
      update registrations set status = 'confirmed', waitlist_position = null where user_id = ${f.volunteer} returning id`)
    expect(promoted).toHaveLength(0)
  })

  it('never confirms more people than the capacity, even with direct inserts racing', async () => {
    const [activity] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity)
      values (${f.campaignId}, ${f.units[0]}, '抢报活动', '2030-03-06 09:00+08', '2030-03-06 11:00+08', '广场', 'care', 5)
      returning id`
    const people = await sql<{ id: string }[]>`
      insert into app_users (display_name) select '抢报' || g from generate_series(1, 30) g returning id`
    // The counter cache and its check constraint hold even for writes that bypass the sign-up function.
    const attempts = await Promise.allSettled(
      people.map((p) => sql`insert into registrations (activity_id, user_id, status) values (${activity!.id}, ${p.id}, 'confirmed')`),
    )
    const ok = attempts.filter((a) => a.status === 'fulfilled').length
    expect(ok).toBe(5)
    const [counts] = await sql<{ confirmed: number; cached: number }[]>`
      select (select count(*)::int from registrations where activity_id = ${activity!.id} and status = 'confirmed') as confirmed,
             confirmed_count as cached from activities where id = ${activity!.id}`
    expect(counts).toEqual({ confirmed: 5, cached: 5 })
  })

  it('allows one live registration per person and activity', async () => {
    await expect(
      sql`insert into registrations (activity_id, user_id, status) values (${f.published}, ${f.volunteer}, 'confirmed')`,
    ).rejects.toMatchObject({ code: '23505' })
  })
})
