import { ZExportResponse } from '../../types/api/common'
import { ZDeleteAccountResponse, ZMyDataExport, ZPrivacyOverviewResponse } from '../../types/api/privacy'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * 个人信息与隐私 (issue 12, Privacy): consents withdrawn with their time and honoured at once, a
 * volunteer's data exported, and the account deleted with the units' figures unchanged.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

async function checkedIn(activityId: string, userId: string, hours: number, inMinutesAgo: number) {
  const [reg] = await sql<{ id: string }[]>`
    insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${userId}, 'confirmed', now() - interval '2 days') returning id`
  await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at, hours)
            values (${reg!.id}, now() - make_interval(mins => ${inMinutesAgo}), now() - make_interval(mins => ${inMinutesAgo}) + make_interval(mins => ${hours * 60}), ${hours})`
  return reg!.id
}

/** The unit's figures as the weekly table and dashboard count them. */
async function unitFigures(unitId: string) {
  const [row] = await sql<{ people: string; hours: string; signups: string }[]>`
    select count(distinct r.user_id) filter (where ci.id is not null) as people, coalesce(sum(ci.hours), 0) as hours, count(r.id) as signups
    from activities a join registrations r on r.activity_id = a.id left join check_ins ci on ci.registration_id = r.id
    where a.unit_id = ${unitId}`
  return row
}

describe('consent withdrawal', () => {
  it('records the withdrawal with its time, masks the phone in the hours sheet, erases name and phone and stops sign-ups', async () => {
    const unit = await createUnit(sql)
    const [person] = await createVolunteers(sql, 1)
    const token = tokenFor(person!)
    const overview = ZPrivacyOverviewResponse.parse((await api('/api/me/privacy', { token })).body)
    expect(overview.consents).toEqual([
      expect.objectContaining({ purpose: 'registration', state: 'given', policyVersion: PRIVACY_POLICY_VERSION }),
      expect.objectContaining({ purpose: 'hours_report', state: 'given' }),
    ])
    // The consent given through the profile path is in the history (trigger).
    expect(overview.history).toEqual([expect.objectContaining({ purpose: 'registration', action: 'granted' })])

    // hours_report: the organiser's hours sheet shows the phone masked from now on.
    const [organiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('组织方') returning id`
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!.id}, ${unit.campaignId}, 'organiser')`
    const past = await createActivity(sql, unit, { startsIn: -300, endsIn: -120 })
    await checkedIn(past, person!, 2, 290)
    const sheetPhone = async () => {
      const rows = await sql.begin(async (tx) => {
        await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: organiser!.id, role: 'authenticated' })}, true)`
        return tx<{ phone: string; phone_consented: boolean }[]>`
          select phone, phone_consented from app_private.campaign_volunteer_hours(${unit.campaignId}, null, now() - interval '1 day', now(), 'registration', ${[PRIVACY_POLICY_VERSION]})`
      })
      return rows[0]
    }
    expect(await sheetPhone()).toEqual({ phone: '13900000000', phone_consented: true })
    const withdrawn = await api('/api/me/privacy/consents', { token, body: { purpose: 'hours_report', action: 'withdraw' } })
    expect(withdrawn.status).toBe(200)
    const afterHours = ZPrivacyOverviewResponse.parse(withdrawn.body)
    expect(afterHours.consents[1]).toMatchObject({ purpose: 'hours_report', state: 'withdrawn' })
    expect(afterHours.consents[1]!.since).toMatch(/\+08:00$/)
    expect(await sheetPhone()).toEqual({ phone: '139****0000', phone_consented: false })
    // Given again: the phone is back.
    const again = ZPrivacyOverviewResponse.parse((await api('/api/me/privacy/consents', { token, body: { purpose: 'hours_report', action: 'grant' } })).body)
    expect(again.consents[1]!.state).toBe('given')
    expect(await sheetPhone()).toEqual({ phone: '13900000000', phone_consented: true })

    // registration: name and phone erased, the consent gone, sign-up refused until given again.
    const out = ZPrivacyOverviewResponse.parse((await api('/api/me/privacy/consents', { token, body: { purpose: 'registration', action: 'withdraw' } })).body)
    expect(out.consents[0]).toMatchObject({ purpose: 'registration', state: 'withdrawn' })
    expect(out.history.slice(0, 1)).toEqual([expect.objectContaining({ purpose: 'registration', action: 'withdrawn' })])
    const [row] = await sql<{ real_name: string | null; phone: string | null }[]>`select real_name, phone from app_users where id = ${person!}`
    expect(row).toEqual({ real_name: null, phone: null })
    expect(await sql`select 1 from privacy_consents where user_id = ${person!}`).toHaveLength(0)
    const future = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60 })
    await sql`update campaigns set is_published = true where id = ${unit.campaignId}`
    const signup = await api('/api/registrations', { token, body: { activityId: future } })
    expect(signup).toMatchObject({ status: 409, body: { code: 'profile_required' } })
    // Giving it back goes through the profile form (name and phone with it), not this switch.
    const refused = await api('/api/me/privacy/consents', { token, body: { purpose: 'registration', action: 'grant' } })
    expect(refused).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(refused.body.message).toMatch(/姓名和手机号/)
  })

  it('refuses bad input with a Chinese message and needs a session', async () => {
    const [person] = await createVolunteers(sql, 1)
    const bad = await api('/api/me/privacy/consents', { token: tokenFor(person!), body: { purpose: 'location', action: 'withdraw' } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/)
    expect((await api('/api/me/privacy')).status).toBe(401)
  })
})

describe('export my data', () => {
  it('downloads a JSON file with profile, sign-ups with hours, messages, consents and uploaded photos as links — nobody else\'s', async () => {
    const unit = await createUnit(sql)
    const [person, other] = await createVolunteers(sql, 2)
    const past = await createActivity(sql, unit, { startsIn: -300, endsIn: -120, title: '河道清洁' })
    await checkedIn(past, person!, 2.5, 290)
    await checkedIn(past, other!, 1, 290)
    await sql`insert into notification_outbox (user_id, kind, payload, dedupe_key) values (${person!}, 'activity_tomorrow', '{"title":"河道清洁"}', ${`t:${person!}`})`
    await sql`insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, uploaded_by)
              values (${unit.campaignId}, ${unit.unitId}, 'activity', ${past}, ${`${unit.campaignId}/${unit.unitId}/${past}/p.jpg`}, ${'b'.repeat(64)}, 10, ${person!})`
    const reply = await api('/api/me/privacy/export', { token: tokenFor(person!), body: {} })
    expect(reply.status).toBe(200)
    const file = ZExportResponse.parse(reply.body)
    expect(file.fileName).toMatch(/^我的个人信息-\d{4}-\d{2}-\d{2}\.json$/)
    const download = await fetch(file.url)
    expect(download.status).toBe(200)
    const data = ZMyDataExport.parse(JSON.parse(await download.text()))
    expect(data.profile).toMatchObject({ id: person, realName: '张三', phone: '13900000000' })
    expect(data.registrations).toEqual([expect.objectContaining({ activity: '河道清洁', status: 'confirmed', unit: '测试单位' })])
    expect(data.registrations[0]!.checkIn).toMatchObject({ hours: 2.5 })
    expect(data.notifications).toEqual([expect.objectContaining({ kind: 'activity_tomorrow' })])
    expect(data.consents).toEqual([expect.objectContaining({ purpose: 'registration', policyVersion: PRIVACY_POLICY_VERSION })])
    expect(data.photos).toHaveLength(1)
    expect(data.photos[0]!.url).toContain('/_storage/object/')
    expect(JSON.stringify(data)).not.toContain(other!)
  })
})

describe('delete my account', () => {
  it('keeps the unit\'s figures as anonymous ones, gives up future sign-ups to the waitlist, ends the tokens and audits without personal data', async () => {
    const unit = await createUnit(sql)
    const [person, waiting] = await createVolunteers(sql, 2)
    await sql`update app_users set real_name = '李注销', phone = '13712345678' where id = ${person!}`
    const past = await createActivity(sql, unit, { startsIn: -300, endsIn: -120 })
    await checkedIn(past, person!, 2, 290)
    const future = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60, capacity: 1 })
    await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${future}, ${person!}, 'confirmed', now())`
    await sql`insert into registrations (activity_id, user_id, status, waitlist_position) values (${future}, ${waiting!}, 'waitlisted', 1)`
    const before = await unitFigures(unit.unitId)
    const token = tokenFor(person!)

    const preview = ZPrivacyOverviewResponse.parse((await api('/api/me/privacy', { token })).body).deletion
    expect(preview).toMatchObject({ upcomingRegistrations: 1, checkInsKept: 1, hoursKept: 2, soleMemberships: [] })

    const unconfirmed = await api('/api/me/privacy/delete-account', { token, body: { confirmation: '删除' } })
    expect(unconfirmed).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(await sql`select 1 from app_users where id = ${person!}`).toHaveLength(1)

    const deleted = await api('/api/me/privacy/delete-account', { token, body: { confirmation: '注销账号' } })
    expect(deleted.status).toBe(200)
    expect(ZDeleteAccountResponse.parse(deleted.body)).toMatchObject({ deleted: true, registrationsKept: 2, cancelledUpcoming: 1, checkInsKept: 1, hoursKept: 2 })

    // The person is gone; their figures are not.
    expect(await sql`select 1 from app_users where id = ${person!} or real_name = '李注销' or phone = '13712345678'`).toHaveLength(0)
    expect(await unitFigures(unit.unitId)).toEqual(before)
    const [anonymous] = await sql<{ display_name: string; real_name: string | null; phone: string | null; anonymised_at: Date | null; wechat_openid: string | null }[]>`
      select u.display_name, u.real_name, u.phone, u.anonymised_at, u.wechat_openid from registrations r join app_users u on u.id = r.user_id
      where r.activity_id = ${past}`
    expect(anonymous).toMatchObject({ display_name: '已注销用户', real_name: null, phone: null, wechat_openid: null })
    expect(anonymous!.anonymised_at).toBeInstanceOf(Date)
    // The seat went to the person waiting, who is told.
    const [promoted] = await sql<{ status: string }[]>`select status from registrations where activity_id = ${future} and user_id = ${waiting!}`
    expect(promoted!.status).toBe('confirmed')
    expect(await sql`select 1 from notification_outbox where user_id = ${waiting!} and kind = 'waitlist_promoted'`).toHaveLength(1)
    // Every token of the account stops working.
    for (const path of ['/api/me', '/api/me/privacy', '/api/me/registrations?tab=upcoming']) {
      expect((await api(path, { token })).status).toBe(401)
    }
    // Audited with counts only.
    const [audit] = await sql<{ after: Record<string, unknown>; actor_id: string | null }[]>`
      select after, actor_id from audit_log where action = 'account.delete' and entity_id = (
        select r.user_id from registrations r where r.activity_id = ${past})`
    expect(audit).toBeDefined()
    expect(audit!.actor_id).toBeNull()
    expect(JSON.stringify(audit!.after)).not.toMatch(/李注销|13712345678|张三/)
    expect(audit!.after).toMatchObject({ checkInsKept: 1, cancelledUpcoming: 1 })
  })

  it('tells the last contact of a unit what happens and needs them to acknowledge it', async () => {
    const unit = await createUnit(sql)
    const token = tokenFor(unit.contactId)
    const preview = ZPrivacyOverviewResponse.parse((await api('/api/me/privacy', { token })).body).deletion
    expect(preview.soleMemberships).toEqual([expect.objectContaining({ role: 'unit_contact', unitName: '测试单位' })])
    expect(preview.soleMemberships[0]!.consequence).toMatch(/唯一的单位联系人/)
    const refused = await api('/api/me/privacy/delete-account', { token, body: { confirmation: '注销账号' } })
    expect(refused).toMatchObject({ status: 409, body: { code: 'conflict' } })
    expect(refused.body.message).toMatch(/测试单位/)
    expect(await sql`select 1 from memberships where user_id = ${unit.contactId}`).toHaveLength(1)
    const done = await api('/api/me/privacy/delete-account', { token, body: { confirmation: '注销账号', acknowledgeSoleMemberships: true } })
    expect(done.status).toBe(200)
    // The unit and its activities stay; it has no contact now.
    expect(await sql`select 1 from units where id = ${unit.unitId}`).toHaveLength(1)
    expect(await sql`select 1 from memberships where unit_id = ${unit.unitId}`).toHaveLength(0)
  })
})
