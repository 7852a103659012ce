import type { TCampaignSetup } from '../../../types/api/campaign-setup'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'
import { describePeriod } from './period'
import { findContacts, findDeadlines, findDistricts, findQuotas, findUnits, type TCampaignRow } from './repository'

/** The whole set-up page of a campaign the caller can see, as stored now. */
export async function loadSetup(tx: TTx, campaign: TCampaignRow): Promise<TCampaignSetup> {
  const [deadlines, quotas, contacts, districts, units] = await Promise.all([
    findDeadlines(tx, campaign.id),
    findQuotas(tx, campaign.id),
    findContacts(tx, campaign.id),
    findDistricts(tx, campaign.id),
    findUnits(tx, campaign.id),
  ])
  return {
    campaign: {
      id: campaign.id,
      slug: campaign.slug,
      title: campaign.title,
      issuer: campaign.issuer,
      issuers: campaign.issuers,
      city: campaign.city,
      year: campaign.year,
      theme: campaign.theme,
      summary: campaign.summary,
      noticeRef: campaign.notice_ref,
      period: describePeriod({ start: campaign.period_start, end: campaign.period_end, yearRound: campaign.is_year_round }),
      isPublished: campaign.is_published,
      isDemo: campaign.is_demo,
      updatedAt: toShanghaiIso(campaign.updated_at),
    },
    canEdit: campaign.can_edit,
    deadlines: deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      dueAt: toShanghaiIso(d.due_at),
      submitted: d.submitted,
      started: d.touched - d.submitted,
    })),
    quotas: quotas.map((q) => ({ id: q.id, subject: q.subject, metric: q.metric, minCount: q.min_count })),
    contacts: [...contacts],
    districts: districts.map((d) => ({ id: d.id, name: d.name, kind: d.kind, units: d.units, admins: d.admins })),
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      districtId: u.district_id,
      contacts: u.contacts,
      activities: u.activities,
      hasRecords: u.has_records,
    })),
  }
}
