import type { TVolunteerHoursExportRequest } from '../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../types/api/common'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { buildHoursWorkbook } from './build-hours-workbook'
import { resolvePeriod } from './export-periods'
import { HOURS_CONSENT } from './hours-consent'
import { countHoursLeftOut, listStatsDeadlines, listVolunteerHours } from './repository'
import { resolveExportScope, safeFileName } from './resolve-export-scope'

/**
 * The volunteer-hours sheet for batch entry into i志愿 / 中国志愿服务网: one row per person per
 * activity checked out with hours, for the campaign's organisers only (a 区县管理员 never reads
 * volunteers). Phone numbers only where the volunteer consented (hours-consent.ts). Personal data
 * leaves the product here, so each export is written to the audit log.
 */
export async function exportVolunteerHours(
  session: TSessionClaims,
  request: TVolunteerHoursExportRequest,
  now: Date = new Date(),
): Promise<TExportResponse> {
  const loaded = await withUserTx(session, async (tx) => {
    const scope = await resolveExportScope(tx, request.id, request.districtId)
    if (scope.role !== 'organiser') {
      throw new AppError('forbidden', { userMessage: '志愿服务时长表含志愿者个人信息，只有本活动月的组织方可以导出' })
    }
    const period = resolvePeriod(request.period, scope.campaign, await listStatsDeadlines(tx, scope.campaign.id))
    const input = { campaignId: scope.campaign.id, districtId: scope.district?.id ?? null, from: period.from, to: period.to }
    const lines = await listVolunteerHours(tx, { ...input, purpose: HOURS_CONSENT.purpose, policyVersions: HOURS_CONSENT.policyVersions })
    if (lines.length === 0) {
      throw new AppError('not_found', { userMessage: `${period.label}（${period.range}）还没有签退并计入时长的志愿服务记录` })
    }
    const leftOut = await countHoursLeftOut(tx, input)
    await recordAudit(tx, {
      campaignId: scope.campaign.id,
      actorId: session.sub,
      action: 'export',
      entity: 'volunteer_hours',
      entityId: scope.campaign.id,
      after: { districtId: scope.district?.id ?? null, from: period.firstDay, to: period.lastDay, rows: lines.length, withPhone: lines.filter((l) => l.phone_consented).length },
    })
    return { scope, period, lines, leftOut }
  })
  const { scope, period } = loaded
  const bytes = await buildHoursWorkbook({
    campaignTitle: scope.campaign.title,
    scopeLabel: scope.label,
    periodLabel: `${period.label}（${period.range}）`,
    generatedAt: now,
    lines: loaded.lines.map((line) => ({
      personName: line.person_name,
      phone: line.phone,
      phoneConsented: line.phone_consented,
      activityTitle: line.activity_title,
      unitName: line.unit_name,
      districtName: line.district_name,
      checkedInAt: line.checked_in_at,
      checkedOutAt: line.checked_out_at,
      hours: Number(line.hours),
      autoClosed: line.auto_closed,
      corrected: line.corrected,
    })),
    leftOut: { notCheckedOut: loaded.leftOut.not_checked_out, zeroHours: loaded.leftOut.zero_hours },
  })
  const fileName = safeFileName(`志愿服务时长（i志愿批量导入，${scope.label}，${period.label}）`) + '.xlsx'
  return storeExport(scope.campaign.id, fileName, bytes, XLSX_CONTENT_TYPE)
}
