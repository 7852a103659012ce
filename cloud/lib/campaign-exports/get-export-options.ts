import type { TExportCounts, TExportOptionsResponse } from '../../../types/api/campaign-exports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'
import { listPeriodOptions } from './export-periods'
import { countScope, listStatsDeadlines, type TScopeCounts } from './repository'
import { resolveExportScope } from './resolve-export-scope'

/** What the exports page offers the caller: districts to pick, periods, and what there is to export. */
export async function getExportOptions(session: TSessionClaims, campaignId: string, now: Date = new Date()): Promise<TExportOptionsResponse> {
  return withUserTx(session, async (tx) => {
    const scope = await resolveExportScope(tx, campaignId, undefined)
    const districtId = scope.district?.id ?? null
    const perDistrict = await countScope(tx, scope.campaign.id, districtId)
    const deadlines = await listStatsDeadlines(tx, scope.campaign.id)
    const { campaign } = scope
    return {
      campaign: {
        id: campaign.id,
        title: campaign.title,
        issuer: campaign.issuer,
        year: campaign.year,
        periodStart: campaign.period_start,
        periodEnd: campaign.period_end,
      },
      role: scope.role,
      districts: scope.districts.map((d) => ({
        id: d.id,
        name: d.name,
        kind: d.kind,
        units: d.units,
        counts: toCounts(perDistrict.filter((c) => c.district_id === d.id)),
      })),
      units: perDistrict.reduce((n, c) => n + c.units, 0),
      counts: toCounts(perDistrict),
      periods: listPeriodOptions(campaign, deadlines),
      canExportHours: scope.role === 'organiser',
      now: toShanghaiIso(now),
    }
  })
}

function toCounts(rows: TScopeCounts[]): TExportCounts {
  const sum = (key: keyof Omit<TScopeCounts, 'district_id'>) => rows.reduce((n, row) => n + row[key], 0)
  return {
    showcaseProjects: sum('showcase_projects'),
    showcasePictures: sum('showcase_pictures'),
    activities: sum('activities'),
    arrangementsSubmitted: sum('arrangements_submitted'),
  }
}
