import { randomUUID } from 'node:crypto'
import type postgres from 'postgres'
import { ZSessionResponse } from '../../types/api/auth'
import { INVITE_CODE_ALPHABET, ZIssueInvitesResponse, ZListInvitesResponse, ZInvitePosterResponse, ZRevokeInviteResponse } from '../../types/api/invites'
import { ZConsoleHomeResponse } from '../../types/api/organiser-console'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * Invite codes issued by organisers: one per unit, revoked codes refused, expiry and use limits,
 * and the district admin role they hand out — which sees its own district and nothing else.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

type TCampaign = {
  id: string
  organiser: string
  organiserToken: string
  districts: { a: string; b: string }
  units: { a1: string; a2: string; b1: string; loose: string }
}

async function createUsers(count: number, name = '测试用户'): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    insert into app_users (display_name) select ${name} || g from generate_series(1, ${count}) g returning id`
  return rows.map((r) => r.id)
}

/** A campaign with two districts (甲区: two units, 乙区: one) and a unit without a district. */
async function createCampaign(options: { published?: boolean } = {}): Promise<TCampaign> {
  const slug = `t-inv-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, theme, period_start, period_end, is_published)
    values (${slug}, '测试文明办', '测试市', 2030, '邀请码测试活动月', '志愿我先行', '2030-03-01', '2030-03-31', ${options.published ?? true})
    returning id`
  const id = campaign!.id
  const districts = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values (${id}, 'a', '甲区', 'county', 0), (${id}, 'b', '乙区', 'county', 1)
    returning id`
  const [a, b] = districts.map((d) => d.id) as [string, string]
  const units = await sql<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name, sort) values
      (${id}, ${a}, 'a1', '甲区一单位', 0), (${id}, ${a}, 'a2', '甲区二单位', 1), (${id}, ${b}, 'b1', '乙区一单位', 2), (${id}, null, 'x', '市直单位', 3)
    returning id`
  const [a1, a2, b1, loose] = units.map((u) => u.id) as [string, string, string, string]
  const [organiser] = await createUsers(1, '测试组织方')
  await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!}, ${id}, 'organiser')`
  return { id, organiser: organiser!, organiserToken: tokenFor(organiser!), districts: { a, b }, units: { a1, a2, b1, loose } }
}

async function issue(c: TCampaign, body: Record<string, unknown>, token = c.organiserToken) {
  return api(`/api/campaigns/${c.id}/invites`, { token, body })
}

async function join(userId: string, code: string) {
  return api('/api/auth/join', { token: tokenFor(userId), body: { inviteCode: code } })
}

describe('issuing invite codes', () => {
  let c: TCampaign
  beforeAll(async () => {
    c = await createCampaign()
  })

  it('gives every unit one code, and issuing again (even twice at once) makes no second code', async () => {
    const first = await issue(c, { target: 'all_units' })
    expect(first.status).toBe(200)
    const issued = ZIssueInvitesResponse.parse(first.body)
    expect(issued.created).toHaveLength(4)
    expect(issued.skipped).toBe(0)
    expect(new Set(issued.created.map((i) => i.unitId))).toEqual(new Set(Object.values(c.units)))
    for (const invite of issued.created) {
      expect(invite.code).toMatch(new RegExp(`^[${INVITE_CODE_ALPHABET}]{8}$`))
      expect(invite.code).not.toMatch(/[01OI]/)
      expect(invite).toMatchObject({ role: 'unit_contact', state: 'live', useCount: 0, maxUses: 3 })
      expect(invite.joinUrl).toBe(`${process.env.TEST_API_URL}/#/pages/me/index?invite=${invite.code}`)
    }

    const [again, racing] = await Promise.all([issue(c, { target: 'all_units' }), issue(c, { target: 'all_units' })])
    expect(ZIssueInvitesResponse.parse(again.body)).toEqual({ created: [], skipped: 4 })
    expect(ZIssueInvitesResponse.parse(racing.body)).toEqual({ created: [], skipped: 4 })
    const [count] = await sql<{ n: number }[]>`select count(*)::int as n from invite_codes where campaign_id = ${c.id}`
    expect(count!.n).toBe(4)
    // A single unit that has a live code is refused, in words.
    const single = await issue(c, { target: 'unit', unitId: c.units.a1 })
    expect(single).toMatchObject({ status: 409, body: { code: 'conflict' } })
    expect(single.body.message).toContain('甲区一单位')
    // Every code is in the audit log, as the organiser's act.
    const [audit] = await sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where campaign_id = ${c.id} and action = 'invite.issue' and actor_id = ${c.organiser}`
    expect(audit!.n).toBe(4)
  })

  it('racing "codes for all units" on a fresh campaign still gives each unit exactly one code', async () => {
    const fresh = await createCampaign()
    const other = await createCampaign()
    const replies = await Promise.all([
      issue(fresh, { target: 'all_units' }),
      issue(fresh, { target: 'all_units' }),
      issue(fresh, { target: 'all_units' }),
      issue(other, { target: 'all_units' }),
    ])
    const created = replies.slice(0, 3).flatMap((r) => ZIssueInvitesResponse.parse(r.body).created)
    expect(created.map((i) => i.unitId).sort()).toEqual(Object.values(fresh.units).sort())
    const units = await sql<{ unit_id: string; n: number }[]>`
      select unit_id, count(*)::int as n from invite_codes where campaign_id = ${fresh.id} group by unit_id`
    expect(units.map((u) => u.n)).toEqual([1, 1, 1, 1])
    // Codes are unique across campaigns too.
    const codes = [...created, ...ZIssueInvitesResponse.parse(replies[3]!.body).created].map((i) => i.code)
    expect(new Set(codes).size).toBe(8)
  })

  it('issues organiser and district admin codes with a use limit, an expiry and a note', async () => {
    const now = Date.now()
    const reply = await issue(c, { target: 'district_admin', districtId: c.districts.a, maxUses: 2, days: 10, note: '甲区团委 王老师' })
    const [invite] = ZIssueInvitesResponse.parse(reply.body).created
    expect(invite).toMatchObject({ role: 'district_admin', districtId: c.districts.a, districtName: '甲区', maxUses: 2, note: '甲区团委 王老师' })
    // Good through the end of the Shanghai day 10 days from today.
    const today = new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
    const last = new Date(Date.parse(`${today}T00:00:00Z`) + 11 * 86400_000).toISOString().slice(0, 10)
    expect(invite!.expiresAt).toBe(`${last}T00:00:00+08:00`)

    const organiser = ZIssueInvitesResponse.parse((await issue(c, { target: 'organiser' })).body).created[0]
    expect(organiser).toMatchObject({ role: 'organiser', unitId: null, districtId: null, maxUses: 1 })
  })

  it('refuses bad input with a Chinese message, and districts or units of another campaign', async () => {
    const other = await createCampaign()
    const zero = await issue(c, { target: 'organiser', maxUses: 0 })
    expect(zero).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(zero.body.message).toContain('可用次数至少为 1')
    expect((await issue(c, { target: 'organiser', days: 400 })).body.message).toContain('有效天数最多 365 天')
    expect((await issue(c, { target: 'everyone' })).status).toBe(400)
    expect(await issue(c, { target: 'district_admin', districtId: other.districts.a })).toMatchObject({ status: 404, body: { code: 'not_found' } })
    expect(await issue(c, { target: 'unit', unitId: other.units.a1 })).toMatchObject({ status: 404, body: { code: 'unit_not_found' } })
    expect((await api(`/api/campaigns/${c.id}/invites`, { body: { target: 'all_units' } })).status).toBe(401)
  })
})

describe('revoking, expiry and use limits at join', () => {
  let c: TCampaign
  let codes: Map<string, string>
  beforeAll(async () => {
    c = await createCampaign()
    const issued = ZIssueInvitesResponse.parse((await issue(c, { target: 'all_units', maxUses: 3 })).body)
    codes = new Map(issued.created.map((i) => [i.unitId!, i.code]))
  })

  it('a revoked code is refused at join with invite_revoked; the unit can then get a new one', async () => {
    const code = codes.get(c.units.a1)!
    const revoked = await api(`/api/campaigns/${c.id}/invites/revoke`, { token: c.organiserToken, body: { code: code.toLowerCase() } })
    expect(revoked.status).toBe(200)
    expect(ZRevokeInviteResponse.parse(revoked.body).invite).toMatchObject({ code, state: 'revoked', revokedAt: expect.any(String) })
    const [user] = await createUsers(1)
    const refused = await join(user!, code)
    expect(refused).toMatchObject({ status: 400, body: { code: 'invite_revoked' } })
    expect(refused.body.message).toContain('撤销')
    const [member] = await sql<{ n: number }[]>`select count(*)::int as n from memberships where user_id = ${user!}`
    expect(member!.n).toBe(0)
    // Twice is said so; a code of another campaign is not found here.
    expect(await api(`/api/campaigns/${c.id}/invites/revoke`, { token: c.organiserToken, body: { code } })).toMatchObject({ status: 409 })
    expect(await api(`/api/campaigns/${c.id}/invites/revoke`, { token: c.organiserToken, body: { code: 'DEMOU001' } })).toMatchObject({ status: 404 })
    const [audit] = await sql<{ before: { state: string }; actor_id: string }[]>`
      select before, actor_id from audit_log where campaign_id = ${c.id} and action = 'invite.revoke'`
    expect(audit).toMatchObject({ actor_id: c.organiser, before: { state: 'live' } })

    const poster = ZInvitePosterResponse.parse((await api(`/api/campaigns/${c.id}/invites/poster`, { token: c.organiserToken })).body)
    expect(poster.missing.map((m) => m.unitId)).toEqual([c.units.a1])
    const reissued = ZIssueInvitesResponse.parse((await issue(c, { target: 'all_units' })).body)
    expect(reissued.skipped).toBe(3)
    expect(reissued.created.map((i) => i.unitId)).toEqual([c.units.a1])
    codes.set(c.units.a1, reissued.created[0]!.code)
  })

  it('an expired code is refused with invite_expired and listed as 已过期', async () => {
    const code = codes.get(c.units.a2)!
    await sql`update invite_codes set expires_at = now() - interval '1 minute' where code = ${code}`
    const [user] = await createUsers(1)
    expect(await join(user!, code)).toMatchObject({ status: 400, body: { code: 'invite_expired' } })
    const list = ZListInvitesResponse.parse((await api(`/api/campaigns/${c.id}/invites`, { token: c.organiserToken })).body)
    expect(list.items.find((i) => i.code === code)?.state).toBe('expired')
    expect(list.units.find((u) => u.id === c.units.a2)?.liveCode).toBeNull()
    // An expired code no longer counts as the unit's live code: issuing for all units gives it a new one.
    const reissued = ZIssueInvitesResponse.parse((await issue(c, { target: 'all_units' })).body)
    expect(reissued.created.map((i) => i.unitId)).toEqual([c.units.a2])
  })

  it('ten people racing for a code of three uses: exactly three get in', async () => {
    const code = codes.get(c.units.b1)!
    const people = await createUsers(10)
    const replies = await Promise.all(people.map((id) => join(id, code)))
    expect(replies.filter((r) => r.status === 200)).toHaveLength(3)
    expect(replies.filter((r) => r.body?.code === 'invite_used_up')).toHaveLength(7)
    const [row] = await sql<{ use_count: number }[]>`select use_count from invite_codes where code = ${code}`
    expect(row!.use_count).toBe(3)
    const [members] = await sql<{ n: number }[]>`select count(*)::int as n from memberships where unit_id = ${c.units.b1} and role = 'unit_contact'`
    expect(members!.n).toBe(3)

    const list = ZListInvitesResponse.parse((await api(`/api/campaigns/${c.id}/invites`, { token: c.organiserToken })).body)
    expect(list.items.find((i) => i.code === code)).toMatchObject({ state: 'used_up', useCount: 3, maxUses: 3 })
    expect(list.units.find((u) => u.id === c.units.b1)).toMatchObject({ contacts: 3, liveCode: null })
    expect(list.counts).toMatchObject({ revoked: 1, expired: 1, used_up: 1 })
  })

  it('the poster has a card per unit with a live code, its join link and the campaign', async () => {
    const poster = ZInvitePosterResponse.parse((await api(`/api/campaigns/${c.id}/invites/poster`, { token: c.organiserToken })).body)
    expect(poster.campaign.title).toBe('邀请码测试活动月')
    expect(poster.cards.map((card) => card.unitId).sort()).toEqual([c.units.a1, c.units.a2, c.units.loose].sort())
    expect(poster.missing.map((m) => m.unitName)).toEqual(['乙区一单位'])
    const one = ZInvitePosterResponse.parse((await api(`/api/campaigns/${c.id}/invites/poster?unitId=${c.units.a1}`, { token: c.organiserToken })).body)
    expect(one.cards).toHaveLength(1)
    expect(one.cards[0]).toMatchObject({ unitName: '甲区一单位', districtName: '甲区', code: codes.get(c.units.a1) })
    expect(one.cards[0]!.joinUrl).toContain(`invite=${codes.get(c.units.a1)}`)
  })
})

describe('district admins', () => {
  let c: TCampaign
  let admin: string
  let token: string
  beforeAll(async () => {
    c = await createCampaign({ published: false })
    const invite = ZIssueInvitesResponse.parse((await issue(c, { target: 'district_admin', districtId: c.districts.a })).body).created[0]!
    ;[admin] = (await createUsers(1, '甲区管理员')) as [string]
    const joined = await join(admin, invite.code)
    expect(joined.status).toBe(200)
    const session = ZSessionResponse.parse(joined.body)
    expect(session.user.memberships).toContainEqual(
      expect.objectContaining({ role: 'district_admin', districtId: c.districts.a, districtName: '甲区', unitId: null }),
    )
    token = session.token
    const [audit] = await sql<{ role: string; district: string }[]>`
      select after->>'role' as role, after->>'districtId' as district from audit_log
      where campaign_id = ${c.id} and action = 'membership.join' and actor_id = ${admin}`
    expect(audit).toEqual({ role: 'district_admin', district: c.districts.a })
    // Something handed in by every unit: a draft activity, a submitted return, a photo, a showcase draft.
    const [deadline] = await sql<{ id: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${c.id}, 'activity_plan', '附件2', '2030-02-19 17:00+08') returning id`
    for (const unitId of Object.values(c.units)) {
      const [activity] = await sql<{ id: string }[]>`
        insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, is_key_activity)
        values (${c.id}, ${unitId}, '草稿活动', '2030-03-05 09:00+08', '2030-03-05 11:00+08', '广场', 'care', 'draft', true) returning id`
      await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
                values (${c.id}, ${unitId}, ${deadline!.id}, 'activity_plan', 'submitted', now())`
      await sql`insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size)
                values (${c.id}, ${unitId}, 'activity', ${activity!.id}, ${`t-inv/${unitId}.jpg`}, ${'b'.repeat(64)}, 100)`
      await sql`insert into showcase_applications (campaign_id, unit_id, project_name) values (${c.id}, ${unitId}, '展示项目')`
    }
    const [contact] = await createUsers(1, '乙区联系人')
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact!}, ${c.id}, 'unit_contact', ${c.units.b1})`
    const [contactA] = await createUsers(1, '甲区联系人')
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contactA!}, ${c.id}, 'unit_contact', ${c.units.a1})`
  })

  it('the console shows its own district only, even of an unpublished campaign', async () => {
    const reply = await api(`/api/campaigns/${c.id}/console`, { token })
    expect(reply.status).toBe(200)
    const home = ZConsoleHomeResponse.parse(reply.body)
    expect(home.role).toBe('district_admin')
    expect(home.myDistricts).toEqual([{ id: c.districts.a, name: '甲区' }])
    expect(home.units.map((u) => u.name)).toEqual(['甲区一单位', '甲区二单位'])
    expect(home.districts.map((d) => d.name)).toEqual(['甲区'])
    expect(home.totals).toEqual({ units: 2, unitsWithContact: 1, activities: 2, keyActivities: 2, submitted: 2 })
    expect(home.invites).toBeNull()

    // The organiser sees all four units, per district.
    const all = ZConsoleHomeResponse.parse((await api(`/api/campaigns/${c.id}/console`, { token: c.organiserToken })).body)
    expect(all.role).toBe('organiser')
    expect(all.districts.map((d) => [d.name, d.counts.units])).toEqual([['甲区', 2], ['乙区', 1], ['未分区', 1]])
    expect(all.totals.submitted).toBe(4)
    // The district admin code has one use left.
    expect(all.invites).toEqual({ live: 1, unitsWithoutCode: 4 })
  })

  it('reads its district’s rows under row-level security, never another district’s', async () => {
    const seen = await asUser(sql, admin, async (tx) => ({
      units: await tx<{ id: string }[]>`select id from units where campaign_id = ${c.id}`,
      drafts: await tx<{ unit_id: string }[]>`select unit_id from activities where campaign_id = ${c.id}`,
      submissions: await tx<{ unit_id: string }[]>`select unit_id from unit_submissions where campaign_id = ${c.id}`,
      photos: await tx<{ unit_id: string }[]>`select unit_id from photos where campaign_id = ${c.id}`,
      showcase: await tx<{ unit_id: string }[]>`select unit_id from showcase_applications where campaign_id = ${c.id}`,
      members: await tx<{ display_name: string }[]>`
        select u.display_name from memberships m join app_users u on u.id = m.user_id where m.campaign_id = ${c.id} and m.role = 'unit_contact'`,
      campaign: await tx`select id from campaigns where id = ${c.id}`,
    }))
    const mine = [c.units.a1, c.units.a2].sort()
    const ids = (rows: { unit_id: string }[]) => rows.map((r) => r.unit_id).sort()
    // Units themselves are the campaign's reference data: public once published, and to every member
    // before (…900_members_see_their_campaign). What they hand in is another matter:
    expect(seen.units).toHaveLength(4)
    expect(ids(seen.drafts)).toEqual(mine)
    expect(ids(seen.submissions)).toEqual(mine)
    expect(ids(seen.photos)).toEqual(mine)
    expect(ids(seen.showcase)).toEqual(mine)
    expect(seen.members.map((m) => m.display_name)).toEqual(['甲区联系人1'])
    expect(seen.campaign).toHaveLength(1)
  })

  it('never writes a unit’s submission, activity or photo, even in its own district', async () => {
    const attempts = await asUser(sql, admin, async (tx) => ({
      submissions: await tx`update unit_submissions set status = 'returned', return_reason = '越权' where unit_id = ${c.units.a1} returning id`,
      activities: await tx`update activities set title = '越权修改' where unit_id = ${c.units.a1} returning id`,
      photos: await tx`delete from photos where unit_id = ${c.units.a1} returning id`,
    }))
    expect(attempts).toEqual({ submissions: [], activities: [], photos: [] })
    await expect(
      asUser(sql, admin, (tx) => tx`
        insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
        values (${c.id}, ${c.units.a1}, '越权活动', now(), now() + interval '1 hour', '某地', 'care')`),
    ).rejects.toMatchObject({ code: '42501' })
  })

  it('cannot open the invites of its campaign, nor the unit home of a unit', async () => {
    expect(await api(`/api/campaigns/${c.id}/invites`, { token })).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    expect(await issue(c, { target: 'all_units' }, token)).toMatchObject({ status: 403 })
    // The 单位工作台 is the unit's contacts' and organisers' (a district admin reads, it does not hand in).
    expect(await api(`/api/units/${c.units.a1}/home`, { token })).toMatchObject({ status: 403 })
  })
})

describe('another campaign’s organiser', () => {
  it('sees nothing of this campaign’s invites and cannot issue or revoke codes for it', async () => {
    const mine = await createCampaign()
    const theirs = await createCampaign()
    const hidden = await createCampaign({ published: false })
    const code = ZIssueInvitesResponse.parse((await issue(mine, { target: 'organiser' })).body).created[0]!.code
    const outsider = theirs.organiserToken

    expect(await api(`/api/campaigns/${mine.id}/invites`, { token: outsider })).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    expect(await issue(mine, { target: 'all_units' }, outsider)).toMatchObject({ status: 403 })
    expect(await api(`/api/campaigns/${mine.id}/invites/revoke`, { token: outsider, body: { code } })).toMatchObject({ status: 403 })
    expect(await api(`/api/campaigns/${mine.id}/invites/poster`, { token: outsider })).toMatchObject({ status: 403 })
    expect(await api(`/api/campaigns/${mine.id}/console`, { token: outsider })).toMatchObject({ status: 403 })
    // An unpublished campaign does not even exist for them.
    expect(await api(`/api/campaigns/${hidden.id}/invites`, { token: outsider })).toMatchObject({ status: 404, body: { code: 'campaign_not_found' } })
    const [still] = await sql<{ revoked_at: Date | null }[]>`select revoked_at from invite_codes where code = ${code}`
    expect(still!.revoked_at).toBeNull()
    // Row-level security agrees: not one of this campaign's codes is readable or writable by them.
    const rows = await asUser(sql, theirs.organiser, async (tx) => ({
      read: await tx`select code from invite_codes where campaign_id = ${mine.id}`,
      revoke: await tx`update invite_codes set revoked_at = now() where code = ${code} returning code`,
    }))
    expect(rows).toEqual({ read: [], revoke: [] })
  })
})
