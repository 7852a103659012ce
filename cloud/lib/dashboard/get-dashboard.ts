import type { TDashboardResponse } from '../../../types/api/dashboard'
import { ZActivityCategory } from '../../../types/domain'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { byDistrict, share, sumActivities, type TDistrictName } from './dashboard-figures'
import {
  activityCounts,
  completeness,
  countScopeUnits,
  findDashboardCampaign,
  findScopeDistricts,
  photoCounts,
  serviceCounts,
  signupsByDay,
} from './repository'

/**
 * 数据看板 of one campaign: an organiser sees every district (or one it picks), a 区县管理员 its
 * own district; anyone else is refused. Six grouped queries, whatever the campaign's size.
 */
export async function getDashboard(
  session: TSessionClaims,
  campaignId: string,
  districtId: string | null,
  now: Date = new Date(),
): Promise<TDashboardResponse> {
  return withUserTx(session, async (tx) => {
    const campaign = await findDashboardCampaign(tx, campaignId)
    if (!campaign) throw new AppError('campaign_not_found')
    const districts = await findScopeDistricts(tx, campaign.id, campaign.is_organiser, session.sub)
    if (!campaign.is_organiser && districts.length === 0) {
      throw new AppError('forbidden', { userMessage: '只有本活动月的组织方和区县管理员可以查看数据看板' })
    }
    if (districtId && !districts.some((d) => d.id === districtId)) {
      throw campaign.is_organiser
        ? new AppError('not_found', { userMessage: '该区县不属于本活动月' })
        : new AppError('forbidden', { userMessage: '区县管理员只能查看本区县的数据' })
    }

    const scope = await countScopeUnits(tx, campaign.id, districtId)
    // The rows of the per-district tables: the district picked, else every district in scope, and
    // 未分区 when units without a district are in scope (an organiser's 市直单位).
    const names: TDistrictName[] = [
      ...districts.filter((d) => !districtId || d.id === districtId).map((d) => ({ districtId: d.id, name: d.name })),
      ...(scope.without_district > 0 ? [{ districtId: null, name: '未分区' }] : []),
    ]

    const signups = await signupsByDay(tx, campaign.id, districtId)
    const activities = await activityCounts(tx, campaign.id, districtId)
    const service = await serviceCounts(tx, campaign.id, districtId)
    const photos = await photoCounts(tx, campaign.id, districtId)
    const cells = await completeness(tx, campaign.id, districtId, now)

    const serviceTotal = service.find((r) => r.is_total)
    const photoTotal = photos.reduce(
      (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, review: t.review + r.review, checking: t.checking + r.checking }),
      { passed: 0, failed: 0, review: 0, checking: 0 },
    )
    return {
      campaign: { id: campaign.id, title: campaign.title, periodStart: campaign.period_start, periodEnd: campaign.period_end },
      role: campaign.is_organiser ? 'organiser' : 'district_admin',
      districts: districts.map((d) => ({ id: d.id, name: d.name, kind: d.kind })),
      districtId,
      units: scope.units,
      signupsByDay: signups,
      activitiesByCategory: ZActivityCategory.options.map((category) => ({
        category,
        ...sumActivities(activities.filter((r) => r.category === category)),
      })),
      activitiesByDistrict: byDistrict(names, activities, (rows) => sumActivities(rows)),
      service: {
        byDistrict: byDistrict(
          names,
          service.filter((r) => !r.is_total),
          ([row]) => ({ volunteers: row?.volunteers ?? 0, checkIns: row?.check_ins ?? 0, hours: Number(row?.hours ?? 0) }),
        ),
        total: { volunteers: serviceTotal?.volunteers ?? 0, checkIns: serviceTotal?.check_ins ?? 0, hours: Number(serviceTotal?.hours ?? 0) },
      },
      photos: {
        byDistrict: byDistrict(names, photos, ([row]) => withPassRate(row ?? { passed: 0, failed: 0, review: 0, checking: 0 })),
        total: withPassRate(photoTotal),
      },
      completeness: cells.map((c) => {
        const open = c.cells - c.submitted - c.returned - c.overdue
        return { ...c, open, share: share(c.submitted, c.cells) }
      }),
      now: toShanghaiIso(now),
    }
  })
}

function withPassRate(c: { passed: number; failed: number; review: number; checking: number }) {
  return { passed: c.passed, failed: c.failed, review: c.review, checking: c.checking, passRate: share(c.passed, c.passed + c.failed + c.review) }
}
