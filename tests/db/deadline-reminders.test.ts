import { randomUUID } from 'node:crypto'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'

// The job code runs in this process against the test database, as the local server's timer runs it.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
delete process.env.WECHAT_APPID
delete process.env.WECHAT_SECRET

import { resetEnvCache } from '../../cloud/lib/config/env'
import { closeSql } from '../../cloud/lib/db/client'
import { sendOutbox } from '../../cloud/lib/notifications/send-outbox'
import { queueDeadlineReminders } from '../../cloud/lib/unit-home/queue-deadline-reminders'

const sql = connectTestDb()
afterAll(async () => {
  await sql.end()
  await closeSql()
})

const at = (shanghai: string) => new Date(shanghai.replace(' ', 'T') + '+08:00')

/**
 * A published campaign in 2041 (no other test uses that year, so the job's campaign-wide scan at
 * these `now`s finds only ours): unit 甲 with two contacts owes everything; unit 乙 has submitted.
 */
async function createCampaign(deadlines: Record<string, { kind: string; due: Date }>) {
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values (${`dr-${randomUUID().slice(0, 8)}`}, '测试文明办', '测试市', 2041, '提醒测试活动月', '2041-03-01', '2041-03-31') returning id`
  const campaignId = campaign!.id
  const units = await sql<{ id: string }[]>`
    insert into units (campaign_id, key, name) values (${campaignId}, 'a', '甲街道'), (${campaignId}, 'b', '乙学校') returning id`
  const [owing, done] = units.map((u) => u.id) as [string, string]
  const people = await sql<{ id: string }[]>`insert into app_users (display_name) values ('甲一'), ('甲二'), ('乙一') returning id`
  const [contact1, contact2, contactDone] = people.map((p) => p.id) as [string, string, string]
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
    (${contact1}, ${campaignId}, 'unit_contact', ${owing}), (${contact2}, ${campaignId}, 'unit_contact', ${owing}),
    (${contactDone}, ${campaignId}, 'unit_contact', ${done})`
  const ids: Record<string, string> = {}
  for (const [name, d] of Object.entries(deadlines)) {
    const [row] = await sql<{ id: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, ${d.kind}, ${`${name} 报送`}, ${d.due}) returning id`
    ids[name] = row!.id
    await submit(campaignId, done, row!.id, d.kind)
  }
  return { campaignId, owing, done, contact1, contact2, contactDone, ids }
}

/** Hands the deliverable in where its kind lives (contracts of issue 8). */
async function submit(campaignId: string, unitId: string, deadlineId: string, kind: string): Promise<void> {
  const when = new Date()
  if (kind === 'showcase_application') {
    await sql`insert into showcase_applications (campaign_id, unit_id, deadline_id, project_name, status, submitted_at)
              values (${campaignId}, ${unitId}, ${deadlineId}, '展示项目', 'submitted', ${when})`
  } else if (kind === 'report' || kind === 'status_report') {
    await sql`insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status, submitted_at)
              values (${campaignId}, ${unitId}, ${deadlineId}, ${kind}, '报告', '正文', 'submitted', ${when})`
  } else {
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
              values (${campaignId}, ${unitId}, ${deadlineId}, ${kind}, 'submitted', ${when})`
  }
}

type TOutboxRow = { user_id: string; dedupe_key: string; payload: Record<string, string>; status: string }
const remindersFor = (deadlineIds: string[]) => sql<TOutboxRow[]>`
  select user_id, dedupe_key, payload, status from notification_outbox
  where kind = 'deadline_reminder' and payload->>'deadlineId' = any(${deadlineIds}) order by dedupe_key`

describe('deadline reminders', () => {
  it('queues 3 days and 1 day before, each once however often the tick runs, never for submitted units or past deadlines', async () => {
    const c = await createCampaign({
      in3: { kind: 'summary', due: at('2041-03-13 09:00') },
      in1: { kind: 'photos', due: at('2041-03-11 08:00') },
      past: { kind: 'weekly_stats', due: at('2041-03-09 18:00') },
      far: { kind: 'report', due: at('2041-03-20 18:00') },
    })
    const all = Object.values(c.ids)
    const now = at('2041-03-10 10:00')
    await queueDeadlineReminders(now)
    await queueDeadlineReminders(now)
    let rows = await remindersFor(all)
    // in3: the 3-day reminder; in1: within a day, so only the 1-day one (never both at once).
    expect(rows.map((r) => [r.payload.deadlineId, r.user_id, r.dedupe_key.slice(-2)]).sort()).toEqual(
      [
        [c.ids.in3, c.contact1, '3d'],
        [c.ids.in3, c.contact2, '3d'],
        [c.ids.in1, c.contact1, '1d'],
        [c.ids.in1, c.contact2, '1d'],
      ].sort(),
    )
    expect(rows.some((r) => r.user_id === c.contactDone)).toBe(false)
    expect(rows.find((r) => r.payload.deadlineId === c.ids.in3)!.payload).toEqual({
      deadlineId: c.ids.in3,
      unitId: c.owing,
      unitName: '甲街道',
      title: 'in3 报送',
      dueAt: '2041-03-13T09:00:00+08:00',
      owed: '尚未填写活动总结',
    })
    expect(rows.find((r) => r.payload.deadlineId === c.ids.in1)!.payload.owed).toBe('还没有上传活动照片')

    // Two days later in3 enters its last day: the 1-day reminder, once; in1 has passed.
    const later = at('2041-03-12 10:00')
    await queueDeadlineReminders(later)
    await queueDeadlineReminders(later)
    rows = await remindersFor(all)
    expect(rows.filter((r) => r.payload.deadlineId === c.ids.in3).map((r) => r.dedupe_key.slice(-2)).sort()).toEqual(['1d', '1d', '3d', '3d'])
    expect(rows.filter((r) => r.payload.deadlineId === c.ids.in1)).toHaveLength(2)
    expect(rows.some((r) => r.payload.deadlineId === c.ids.past || r.payload.deadlineId === c.ids.far)).toBe(false)
  })

  it('sends nothing for deadlines long past when first seen (a 2019 campaign seeded today)', async () => {
    const c = await createCampaign({ old: { kind: 'weekly_stats', due: at('2019-03-08 18:00') } })
    await queueDeadlineReminders(at('2019-03-09 09:00'))
    await queueDeadlineReminders(new Date())
    expect(await remindersFor([c.ids.old!])).toEqual([])
  })

  it('stops reminding a unit once it has submitted, whichever table the deliverable lives in', async () => {
    const c = await createCampaign({
      plan: { kind: 'activity_plan', due: at('2041-04-10 18:00') },
      showcase: { kind: 'showcase_application', due: at('2041-04-10 18:00') },
      report: { kind: 'status_report', due: at('2041-04-10 18:00') },
      // Not handed in by 甲: the control that reminders do go out at these times.
      summary: { kind: 'summary', due: at('2041-04-10 18:00') },
    })
    for (const name of ['plan', 'showcase', 'report'] as const) await submit(c.campaignId, c.owing, c.ids[name]!, name === 'plan' ? 'activity_plan' : name === 'showcase' ? 'showcase_application' : 'status_report')
    await queueDeadlineReminders(at('2041-04-08 09:00'))
    await queueDeadlineReminders(at('2041-04-10 09:00'))
    expect(await remindersFor([c.ids.plan!, c.ids.showcase!, c.ids.report!])).toEqual([])
    expect((await remindersFor([c.ids.summary!])).map((r) => r.dedupe_key.slice(-2)).sort()).toEqual(['1d', '1d', '3d', '3d'])
  })

  it('is queued by the scheduled tick and kept for 消息 without WeChat', async () => {
    // A deadline 2½ days from the real now: the tick's own clock puts it in the 3-day window.
    const c = await createCampaign({ tick: { kind: 'showcase_application', due: new Date(Date.now() + 60 * 3600_000) } })
    const first = await api('/api/cron/tick')
    expect(first.status).toBe(200)
    expect(first.body.deadlineRemindersQueued).toBeGreaterThanOrEqual(2)
    await api('/api/cron/tick')
    const rows = await remindersFor([c.ids.tick!])
    expect(rows.map((r) => [r.user_id, r.status]).sort()).toEqual([
      [c.contact1, 'kept'],
      [c.contact2, 'kept'],
    ].sort())
    // 消息 shows it to the contact, opening their unit's home.
    const token = (await import('../setup/journey')).tokenFor(c.contact1)
    const inbox = await api('/api/me/notifications', { token })
    const reminder = inbox.body.items.find((n: { kind: string }) => n.kind === 'deadline_reminder')
    expect(reminder).toMatchObject({ unitId: c.owing, activityId: null, title: '报送提醒：tick 报送' })
    expect(reminder.body).toContain('甲街道')
    expect(reminder.body).toContain('尚未提交展示项目申报')
    // No reminder anywhere was queued for a deadline already past (the seeded 2019 campaign included).
    const [late] = await sql<{ count: number }[]>`
      select count(*)::int as count from notification_outbox o
      join campaign_deadlines d on d.id::text = o.payload->>'deadlineId'
      where o.kind = 'deadline_reminder' and d.due_at <= o.created_at`
    expect(late!.count).toBe(0)
  })

  it('goes out as a WeChat subscription message (thing1 报送事项, time2 截止时间, thing3 单位) when configured', async () => {
    const c = await createCampaign({ wx: { kind: 'report', due: at('2041-05-20 18:00') } })
    const openid = `openid-${randomUUID()}`
    await sql`update app_users set wechat_openid = ${openid} where id = ${c.contact1}`
    await queueDeadlineReminders(at('2041-05-18 09:00'))
    Object.assign(process.env, { WECHAT_APPID: 'wx-test', WECHAT_SECRET: 'secret', WECHAT_TEMPLATE_DEADLINE: 'tmpl-deadline' })
    resetEnvCache()
    const sent: Array<Record<string, unknown>> = []
    const fetchImpl = (async (url: string | URL, init?: RequestInit) => {
      if (String(url).includes('/cgi-bin/token')) return new Response(JSON.stringify({ access_token: 'T', expires_in: 7200 }))
      sent.push(JSON.parse(String(init?.body)))
      return new Response(JSON.stringify({ errcode: 0 }))
    }) as typeof fetch
    try {
      await sendOutbox(fetchImpl)
      await sendOutbox(fetchImpl)
    } finally {
      delete process.env.WECHAT_APPID
      delete process.env.WECHAT_SECRET
      delete process.env.WECHAT_TEMPLATE_DEADLINE
      resetEnvCache()
    }
    const mine = sent.filter((m) => m.touser === openid)
    expect(mine).toEqual([
      {
        touser: openid,
        template_id: 'tmpl-deadline',
        page: `package-unit/home/index?unitId=${c.owing}`,
        data: { thing1: { value: 'wx 报送' }, time2: { value: '5月20日 18:00' }, thing3: { value: '甲街道' } },
      },
    ])
    const rows = await remindersFor([c.ids.wx!])
    expect(rows.map((r) => [r.user_id, r.status]).sort()).toEqual([
      [c.contact1, 'sent'],
      // No openid: the other contact finds it in 消息.
      [c.contact2, 'kept'],
    ].sort())
  })
})
