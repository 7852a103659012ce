/**
 * `npm run bench:dashboard`: 数据看板 (GET /api/campaigns/:id/dashboard) on bench:status's campaign
 * of 连云港's size — 300 units in 12 districts, 3 000 activities, 28 000 sign-ups with check-ins,
 * 20 000 photos with their checks, 14 deadlines with returns (seeded by tests/bench/console-data.ts).
 *
 * Over HTTP after a warm-up: 50 requests as the organiser (all districts), 30 narrowed to one
 * district, 30 as that district's admin. The figures are checked against independent SQL (sign-ups,
 * distinct volunteers and hours, passed photos, submitted 附件2). Exits 1 when a request fails or
 * a figure is wrong. Last line: `dashboard: p95_ms=<n>` (organiser, all districts).
 */
import http from 'node:http'
import path from 'node:path'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { ZDashboardResponse, type TDashboardResponse } from '../../types/api/dashboard'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'
import { seedConsoleCampaign } from './console-data'

async function main(server: TBenchServer): Promise<number> {
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => undefined })
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 })
  try {
    const seeded = await seedConsoleCampaign(sql, { slug: 'bench-dashboard' })
    const id = seeded.campaignId
    const get = async (userId: string, query = '') => {
      const token = issueSessionToken({ userId, ttlHours: 1 }, server.sessionSecret).token
      const reply = await httpRequest(agent, `${server.url}/api/campaigns/${id}/dashboard${query}`, { headers: { authorization: `Bearer ${token}` } })
      if (reply.status !== 200) throw new Error(`dashboard answered ${reply.status}: ${reply.body.slice(0, 300)}`)
      return { ms: reply.ms, body: ZDashboardResponse.parse(JSON.parse(reply.body)) }
    }
    for (let i = 0; i < 5; i += 1) await get(seeded.organiserId)
    const wrong = await check(sql, id, (await get(seeded.organiserId)).body)

    const rows: string[][] = []
    let organiserP95 = 0
    for (const [label, userId, query, n] of [
      ['organiser, all districts', seeded.organiserId, '', 50],
      ['organiser, one district', seeded.organiserId, `?districtId=${seeded.adminDistrictId}`, 30],
      ['district admin', seeded.adminId, '', 30],
    ] as const) {
      const times: number[] = []
      for (let i = 0; i < n; i += 1) times.push((await get(userId, query)).ms)
      const s = summarise(times)
      if (label === 'organiser, all districts') organiserP95 = s.p95
      rows.push([label, String(s.n), ms(s.p50), ms(s.p95), ms(s.max)])
    }
    printTable(['requests', 'n', 'p50 ms', 'p95 ms', 'max ms'], rows)
    for (const line of wrong) console.error(`[bench] wrong figure: ${line}`)
    console.log(`dashboard: p95_ms=${Math.round(organiserP95)}`)
    return wrong.length === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end()
  }
}

/** The dashboard's totals against SQL written without its functions; returns what differs. */
async function check(sql: postgres.Sql, campaignId: string, d: TDashboardResponse): Promise<string[]> {
  const [truth] = await sql<{ signups: number; volunteers: number; hours: string; passed: number; plan_submitted: number }[]>`
    select (select count(*) from registrations r join activities a on a.id = r.activity_id where a.campaign_id = ${campaignId})::int as signups,
           (select count(distinct r.user_id) from check_ins ci join registrations r on r.id = ci.registration_id
              join activities a on a.id = r.activity_id where a.campaign_id = ${campaignId})::int as volunteers,
           (select round(coalesce(sum(ci.hours), 0), 2)::text from check_ins ci join registrations r on r.id = ci.registration_id
              join activities a on a.id = r.activity_id where a.campaign_id = ${campaignId}) as hours,
           (select count(*) from photos p where p.campaign_id = ${campaignId} and p.purpose = 'activity'
              and (select coalesce(r.review_verdict, r.verdict) from photo_check_results r where r.photo_id = p.id
                   order by r.checked_at desc limit 1) = 'passed')::int as passed,
           (select count(*) from unit_submissions s join campaign_deadlines dl on dl.id = s.deadline_id
              where dl.campaign_id = ${campaignId} and dl.kind = 'activity_plan' and s.status in ('submitted', 'accepted'))::int as plan_submitted`
  const got = {
    signups: d.signupsByDay.reduce((n, r) => n + r.signups, 0),
    volunteers: d.service.total.volunteers,
    hours: d.service.total.hours.toFixed(2),
    passed: d.photos.total.passed,
    plan_submitted: d.completeness.find((c) => c.kind === 'activity_plan')?.submitted ?? -1,
  }
  const want = { ...truth!, hours: Number(truth!.hours).toFixed(2) }
  console.log(`[bench] figures: ${JSON.stringify(got)}`)
  return Object.entries(want)
    .filter(([key, value]) => got[key as keyof typeof got] !== value)
    .map(([key, value]) => `${key}: dashboard ${got[key as keyof typeof got]}, SQL ${value}`)
}

if (path.resolve(process.argv[1] ?? '') === __filename) void runBench('dashboard', { hardTimeoutMs: 10 * 60_000 }, main)
