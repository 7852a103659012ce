import { randomUUID } from 'node:crypto'
import { connectTestDb } from '../setup/db'
import { createUnit, createVolunteers } from '../setup/journey'

// The job code runs in this process against the test database, as the local server's timer runs it.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
process.env.WECHAT_APPID = 'wx-test'
process.env.WECHAT_SECRET = 'secret'
process.env.WECHAT_TEMPLATE_ACTIVITY_TOMORROW = 'tmpl-tomorrow'

import { closeSql } from '../../cloud/lib/db/client'
import { withServiceTx } from '../../cloud/lib/db/transaction'
import { sendOutbox } from '../../cloud/lib/notifications/send-outbox'

const sql = connectTestDb()
afterAll(async () => {
  await sql.end()
  await closeSql()
})

/** A fake WeChat: hands out an access token and answers subscribeMessage.send with `errcode`. */
function fakeWechat(errcode: number) {
  const sent: unknown[] = []
  const fetchImpl = (async (url: string | URL, init?: RequestInit) => {
    if (String(url).includes('/cgi-bin/token')) return new Response(JSON.stringify({ access_token: 'T', expires_in: 7200 }))
    sent.push(JSON.parse(String(init?.body)))
    return new Response(JSON.stringify({ errcode }))
  }) as typeof fetch
  return { fetchImpl, sent }
}

async function tomorrowRegistration(openid: string | null): Promise<string> {
  const unit = await createUnit(sql)
  const [activity] = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
    values (${unit.campaignId}, ${unit.unitId}, '明天的护河行动',
            ((now() at time zone 'Asia/Shanghai')::date + 1 + time '09:00') at time zone 'Asia/Shanghai',
            ((now() at time zone 'Asia/Shanghai')::date + 1 + time '11:00') at time zone 'Asia/Shanghai',
            '蔷薇河畔', 'environment')
    returning id`
  const [person] = await createVolunteers(sql, 1)
  await sql`update app_users set wechat_openid = ${openid} where id = ${person!}`
  const [reg] = await sql<{ id: string }[]>`
    insert into registrations (activity_id, user_id, status, confirmed_at) values (${activity!.id}, ${person!}, 'confirmed', now()) returning id`
  return reg!.id
}

const enqueue = () => withServiceTx((tx) => tx<{ n: number }[]>`select app_private.enqueue_tomorrow_reminders() as n`)

describe('reminders', () => {
  it('queues "activity tomorrow" once per registration, however often the job runs', async () => {
    const registrationId = await tomorrowRegistration(null)
    await enqueue()
    await enqueue()
    // One key per sign-up and start time (a moved activity is reminded again).
    const rows = await sql`select kind from notification_outbox where dedupe_key like ${`activity_tomorrow:${registrationId}:%`}`
    expect(rows).toEqual([{ kind: 'activity_tomorrow' }])
  })

  // Other test files run beside this one and queue rows of their own: assertions look at our rows only.
  const toOpenid = (openid: string, sent: unknown[]) => sent.filter((m) => (m as { touser: string }).touser === openid)

  it('sends through WeChat once, keeps unsubscribed ones for the app, and never sends twice', async () => {
    const openid = `openid-${randomUUID()}`
    const subscribed = await tomorrowRegistration(openid)
    await enqueue()
    const wechat = fakeWechat(0)
    await sendOutbox(wechat.fetchImpl)
    expect(toOpenid(openid, wechat.sent)).toEqual([
      expect.objectContaining({ template_id: 'tmpl-tomorrow', data: expect.objectContaining({ thing1: { value: '明天的护河行动' } }) }),
    ])
    await sendOutbox(wechat.fetchImpl)
    expect(toOpenid(openid, wechat.sent)).toHaveLength(1)
    const [row] = await sql`select status from notification_outbox where dedupe_key like ${`activity_tomorrow:${subscribed}:%`}`
    expect(row).toEqual({ status: 'sent' })

    const refused = await tomorrowRegistration(`openid-${randomUUID()}`)
    await enqueue()
    await sendOutbox(fakeWechat(43101).fetchImpl)
    const [kept] = await sql`select status from notification_outbox where dedupe_key like ${`activity_tomorrow:${refused}:%`}`
    expect(kept).toEqual({ status: 'kept' })
  })

  it('retries a failed send and gives up after three attempts', async () => {
    const openid = `openid-${randomUUID()}`
    const registrationId = await tomorrowRegistration(openid)
    await enqueue()
    const broken = fakeWechat(-1)
    for (let i = 0; i < 4; i += 1) await sendOutbox(broken.fetchImpl)
    expect(toOpenid(openid, broken.sent)).toHaveLength(3)
    const [row] = await sql`select status, attempts from notification_outbox where dedupe_key like ${`activity_tomorrow:${registrationId}:%`}`
    expect(row).toEqual({ status: 'failed', attempts: 3 })
  })
})
