import type { TCampaignDetail, TCampaignSummary } from '../../../types/api/campaigns'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

type TCampaignRow = {
  id: string
  slug: string
  issuer: string
  city: string
  year: number
  title: string
  theme: string | null
  period_start: string
  period_end: string
  is_demo: boolean
  activity_count: number
}

const toSummary = (row: TCampaignRow): TCampaignSummary => ({
  id: row.id,
  slug: row.slug,
  issuer: row.issuer,
  city: row.city,
  year: row.year,
  title: row.title,
  theme: row.theme,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  isDemo: row.is_demo,
  activityCount: row.activity_count,
})

/** Newest first; RLS limits rows to what the caller may see. */
export async function findCampaigns(tx: TTx): Promise<TCampaignSummary[]> {
  const rows = await tx<TCampaignRow[]>`
    select c.id, c.slug, c.issuer, c.city, c.year, c.title, c.theme,
           c.period_start::text, c.period_end::text, c.is_demo,
           (select count(*)::int from activities a where a.campaign_id = c.id and a.status = 'published') as activity_count
    from campaigns c
    order by c.period_start desc, c.title`
  return rows.map(toSummary)
}

export async function findCampaignDetail(tx: TTx, id: string): Promise<TCampaignDetail | null> {
  const [row] = await tx<(TCampaignRow & { issuers: string[]; summary: string | null; notice_ref: string | null })[]>`
    select c.id, c.slug, c.issuer, c.city, c.year, c.title, c.theme,
           c.period_start::text, c.period_end::text, c.is_demo, c.issuers, c.summary, c.notice_ref,
           (select count(*)::int from activities a where a.campaign_id = c.id and a.status = 'published') as activity_count
    from campaigns c where c.id = ${id}`
  if (!row) return null
  const [deadlines, quotas, districts, units, contacts] = await Promise.all([
    tx<{ id: string; kind: TCampaignDetail['deadlines'][number]['kind']; title: string; due_at: Date }[]>`
      select id, kind, title, due_at from campaign_deadlines where campaign_id = ${id} order by due_at`,
    tx<{ subject: TCampaignDetail['quotas'][number]['subject']; metric: TCampaignDetail['quotas'][number]['metric']; min_count: number }[]>`
      select subject, metric, min_count from campaign_quotas where campaign_id = ${id} order by metric, subject`,
    tx<TCampaignDetail['districts']>`
      select id, name, kind from districts where campaign_id = ${id} order by sort, name`,
    tx<{ id: string; name: string; district_id: string | null }[]>`
      select id, name, district_id from units where campaign_id = ${id} order by sort, name`,
    tx<TCampaignDetail['contacts']>`
      select name, organisation, phone, email from campaign_contacts where campaign_id = ${id} order by sort`,
  ])
  return {
    ...toSummary(row),
    issuers: row.issuers,
    summary: row.summary,
    noticeRef: row.notice_ref,
    deadlines: deadlines.map((d) => ({ id: d.id, kind: d.kind, title: d.title, dueAt: toShanghaiIso(d.due_at) })),
    quotas: quotas.map((q) => ({ subject: q.subject, metric: q.metric, minCount: q.min_count })),
    districts: [...districts],
    units: units.map((u) => ({ id: u.id, name: u.name, districtId: u.district_id })),
    contacts: [...contacts],
  }
}

/**
 * The campaign the app opens on: the one running today, else the next to start, else the latest.
 * Demo campaigns count like any other, so a fresh local install opens on the live demo.
 */
export async function findCurrentCampaignId(tx: TTx, today: string): Promise<string | null> {
  const [row] = await tx<{ id: string }[]>`
    select id from campaigns
    order by
      case when ${today}::date between period_start and period_end then 0
           when period_start > ${today}::date then 1
           else 2 end,
      case when period_start > ${today}::date then period_start end asc nulls last,
      period_end desc,
      -- Two campaigns over the same days: the one set up first, so the choice never flips.
      created_at, id
    limit 1`
  return row?.id ?? null
}
