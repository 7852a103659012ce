import type { TRole } from '../../../types/domain'
import type { TTx } from '../db/client'
import { fromShanghaiLocal } from '../time/shanghai'
import { buildSeedCampaigns, comingMarchYear } from './campaigns'
import { ZSeedCampaign, type TSeedCampaign } from './seed-schema'

/** Local demo accounts: one per role, so every view can be tried without WeChat. */
export const DEMO_INVITE_ORGANISER = 'DEMOORG1'

export type TSeedSummary = { campaigns: number; activities: number; demoYear: number; skipped: boolean }

/**
 * Seeds the five notices' campaigns and the live demo campaign for the coming March, plus demo
 * accounts and invite codes. Does nothing when campaigns exist: data is kept between starts.
 */
export async function seedDatabase(tx: TTx, now: Date = new Date()): Promise<TSeedSummary> {
  const demoYear = comingMarchYear(now)
  const [existing] = await tx<{ count: number }[]>`select count(*)::int as count from campaigns`
  if ((existing?.count ?? 0) > 0) return { campaigns: 0, activities: 0, demoYear, skipped: true }
  let activities = 0
  for (const raw of buildSeedCampaigns(demoYear)) {
    const campaign = ZSeedCampaign.parse(raw)
    const ids = await insertCampaign(tx, campaign)
    activities += campaign.activities.length
    if (campaign.isDemo) await insertDemoAccounts(tx, campaign, ids)
  }
  return { campaigns: buildSeedCampaigns(demoYear).length, activities, demoYear, skipped: false }
}

type TCampaignIds = { campaignId: string; unitIds: Map<string, string>; districtIds: Map<string, string> }

async function insertCampaign(tx: TTx, c: TSeedCampaign): Promise<TCampaignIds> {
  const [row] = await tx<{ id: string }[]>`
    insert into campaigns (slug, issuer, issuers, city, year, title, theme, summary, notice_ref, period_start, period_end, is_year_round, is_demo)
    values (${c.slug}, ${c.issuer}, ${c.issuers}, ${c.city}, ${c.year}, ${c.title}, ${c.theme}, ${c.summary},
            ${c.noticeFile}, ${c.periodStart}, ${c.periodEnd}, ${c.yearRound ?? false}, ${c.isDemo})
    returning id`
  if (!row) throw new Error(`campaign ${c.slug} not inserted`)
  const campaignId = row.id

  const districtIds = new Map<string, string>()
  for (const [sort, d] of c.districts.entries()) {
    const [district] = await tx<{ id: string }[]>`
      insert into districts (campaign_id, key, name, kind, sort) values (${campaignId}, ${d.key}, ${d.name}, ${d.kind}, ${sort})
      returning id`
    if (district) districtIds.set(d.key, district.id)
  }
  const unitIds = new Map<string, string>()
  for (const [sort, u] of c.units.entries()) {
    const districtId = u.district ? districtIds.get(u.district) : null
    if (districtId === undefined) throw new Error(`${c.slug}: unit ${u.key} names unknown district ${u.district}`)
    const [unit] = await tx<{ id: string }[]>`
      insert into units (campaign_id, district_id, key, name, kind, sort)
      values (${campaignId}, ${districtId}, ${u.key}, ${u.name}, ${u.kind}, ${sort})
      returning id`
    if (unit) unitIds.set(u.key, unit.id)
  }
  for (const d of c.deadlines) {
    await tx`insert into campaign_deadlines (campaign_id, kind, title, due_at)
             values (${campaignId}, ${d.kind}, ${d.title}, ${fromShanghaiLocal(d.dueAt)})`
  }
  for (const q of c.quotas) {
    await tx`insert into campaign_quotas (campaign_id, subject, metric, min_count)
             values (${campaignId}, ${q.subject}, ${q.metric}, ${q.minCount})`
  }
  for (const [sort, p] of c.contacts.entries()) {
    await tx`insert into campaign_contacts (campaign_id, name, organisation, phone, email, sort)
             values (${campaignId}, ${p.name}, ${p.organisation}, ${p.phone}, ${p.email}, ${sort})`
  }
  for (const a of c.activities) {
    const unitId = unitIds.get(a.unit)
    if (!unitId) throw new Error(`${c.slug}: activity ${a.seqNo} names unknown unit ${a.unit}`)
    await tx`
      insert into activities (
        campaign_id, unit_id, seq_no, title, description, starts_at, ends_at, location_name, address,
        latitude, longitude, contact_name, contact_phone, category, served_populations, served_other, is_key_activity,
        co_organisers, capacity, signup_deadline, what_to_bring, dress_code, status, is_demo)
      values (
        ${campaignId}, ${unitId}, ${a.seqNo}, ${a.title}, ${a.description}, ${fromShanghaiLocal(a.startsAt)},
        ${fromShanghaiLocal(a.endsAt)}, ${a.locationName}, ${a.address}, ${a.latitude}, ${a.longitude},
        ${a.contactName}, ${a.contactPhone}, ${a.category}, ${a.servedPopulations}::text[]::served_population[],
        ${a.servedOther}, ${a.isKeyActivity}, ${a.coOrganisers}, ${a.capacity}, ${fromShanghaiLocal(a.signupDeadline)}, ${a.whatToBring},
        ${a.dressCode}, 'published', ${c.isDemo})`
  }
  return { campaignId, unitIds, districtIds }
}

/** Demo people for the demo campaign, and invite codes so joining by code can be tried. */
async function insertDemoAccounts(tx: TTx, c: TSeedCampaign, ids: TCampaignIds): Promise<void> {
  // The two units with most activities get a demo contact each, so "another unit's rows" exist.
  const busiest = [...new Set(c.activities.map((a) => a.unit))]
    .map((key) => ({ key, count: c.activities.filter((a) => a.unit === key).length }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 2)
  const people: { name: string; role: TRole; unitKey: string | null; districtKey?: string }[] = [
    { name: '雷小锋（示例志愿者）', role: 'volunteer', unitKey: null },
    { name: '王志愿（示例志愿者）', role: 'volunteer', unitKey: null },
    ...busiest.map((unit, index) => ({ name: `${index === 0 ? '李' : '赵'}联络（示例单位联系人）`, role: 'unit_contact' as const, unitKey: unit.key })),
    { name: '陈文明（示例组织方）', role: 'organiser', unitKey: null },
    // A county gets a 区县管理员 (海州区 in the demo), so "another district's rows" exist too.
    ...busiestDistrict(c).map((key) => ({ name: '周区县（示例区县管理员）', role: 'district_admin' as const, unitKey: null, districtKey: key })),
  ]
  for (const person of people) {
    const [user] = await tx<{ id: string }[]>`
      insert into app_users (display_name, is_demo) values (${person.name}, true) returning id`
    if (!user) continue
    const unitId = person.unitKey ? (ids.unitIds.get(person.unitKey) ?? null) : null
    const districtId = person.districtKey ? (ids.districtIds.get(person.districtKey) ?? null) : null
    await tx`insert into memberships (user_id, campaign_id, role, unit_id, district_id)
             values (${user.id}, ${ids.campaignId}, ${person.role}, ${unitId}, ${districtId})`
  }
  await tx`insert into invite_codes (code, campaign_id, role, max_uses) values (${DEMO_INVITE_ORGANISER}, ${ids.campaignId}, 'organiser', 20)`
  for (const [index, unit] of c.units.entries()) {
    const unitId = ids.unitIds.get(unit.key)
    if (!unitId) continue
    await tx`insert into invite_codes (code, campaign_id, role, unit_id, max_uses)
             values (${demoUnitInviteCode(index)}, ${ids.campaignId}, 'unit_contact', ${unitId}, 20)`
  }
}

/** The county (县区) with most units, else any district with most units; none without districts. */
function busiestDistrict(c: TSeedCampaign): string[] {
  const units = (key: string) => c.units.filter((u) => u.district === key).length
  const ranked = c.districts
    .filter((d) => units(d.key) > 0)
    .sort((a, b) => Number(b.kind === 'county') - Number(a.kind === 'county') || units(b.key) - units(a.key))
  return ranked[0] ? [ranked[0].key] : []
}

/** DEMOU001, DEMOU002, … in the order of the demo campaign's units. */
export function demoUnitInviteCode(index: number): string {
  return `DEMOU${String(index + 1).padStart(3, '0')}`
}
