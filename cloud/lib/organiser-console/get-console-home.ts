import dayjs from 'dayjs'
import type { TConsoleDistrict, TConsoleHomeResponse } from '../../../types/api/organiser-console'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { shanghaiToday, toShanghaiIso } from '../time/shanghai'
import { countInvites, findConsoleCampaign, findMyDistricts, findNextDeadline, findScopeUnits, type TConsoleUnitRow } from './repository'

/**
 * The console home of one campaign: for an organiser every unit, per district; for a district
 * admin (区县管理员) its own district's units only. Anyone else is refused.
 */
export async function getConsoleHome(session: TSessionClaims, campaignId: string, now: Date = new Date()): Promise<TConsoleHomeResponse> {
  return withUserTx(session, async (tx) => {
    const campaign = await findConsoleCampaign(tx, campaignId)
    if (!campaign) throw new AppError('campaign_not_found')
    const myDistricts = campaign.is_organiser ? [] : await findMyDistricts(tx, campaign.id, session.sub)
    if (!campaign.is_organiser && myDistricts.length === 0) {
      throw new AppError('forbidden', { userMessage: '只有本活动月的组织方和区县管理员可以打开工作台' })
    }
    const units = await findScopeUnits(tx, campaign.id)
    const deadline = await findNextDeadline(tx, campaign.id, now)
    const invites = campaign.is_organiser ? await countInvites(tx, campaign.id, now) : null
    return {
      campaign: {
        id: campaign.id,
        title: campaign.title,
        theme: campaign.theme,
        issuer: campaign.issuer,
        periodStart: campaign.period_start,
        periodEnd: campaign.period_end,
        isPublished: campaign.is_published,
      },
      role: campaign.is_organiser ? 'organiser' : 'district_admin',
      myDistricts,
      totals: sum(units),
      districts: byDistrict(units),
      units: units.map((u) => ({
        id: u.id,
        name: u.name,
        districtName: u.district_name,
        contacts: u.contacts,
        activities: u.activities,
        keyActivities: u.key_activities,
        submitted: u.submitted,
      })),
      nextDeadline: deadline
        ? {
            title: deadline.title,
            kind: deadline.kind,
            dueAt: toShanghaiIso(deadline.due_at),
            daysLeft: dayjs(shanghaiToday(deadline.due_at)).diff(dayjs(shanghaiToday(now)), 'day'),
          }
        : null,
      invites: invites ? { live: invites.live, unitsWithoutCode: invites.units_without_code } : null,
      now: toShanghaiIso(now),
    }
  })
}

function sum(units: TConsoleUnitRow[]): TConsoleDistrict['counts'] {
  return {
    units: units.length,
    unitsWithContact: units.filter((u) => u.contacts > 0).length,
    activities: units.reduce((n, u) => n + u.activities, 0),
    keyActivities: units.reduce((n, u) => n + u.key_activities, 0),
    submitted: units.reduce((n, u) => n + u.submitted, 0),
  }
}

/** Units grouped by district in the campaign's order (the rows arrive sorted by district). */
function byDistrict(units: TConsoleUnitRow[]): TConsoleDistrict[] {
  const groups = new Map<string, { head: TConsoleUnitRow; rows: TConsoleUnitRow[] }>()
  for (const unit of units) {
    const key = unit.district_id ?? ''
    const group = groups.get(key) ?? { head: unit, rows: [] }
    group.rows.push(unit)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ head, rows }) => ({
    id: head.district_id,
    name: head.district_name ?? '未分区',
    kind: head.district_kind,
    counts: sum(rows),
  }))
}
