import type { TExportKind, TExportPeriod } from '../../../../types/api/campaign-exports'
import { ZExportResponse, type TExportResponse } from '../../../../types/api/common'
import { request } from '../../../shared/request'

export type TExportChoice = { districtId: string | null; period: TExportPeriod; submittedOnly: boolean }

/** What each export takes from the page's choices (the server parses it with the same schemas). */
function bodyFor(kind: TExportKind, choice: TExportChoice): Record<string, unknown> {
  const scope = choice.districtId ? { districtId: choice.districtId } : {}
  if (kind === 'arrangement') return { ...scope, submittedOnly: choice.submittedOnly }
  if (kind === 'weekly-stats' || kind === 'district-figures' || kind === 'volunteer-hours') return { ...scope, period: choice.period }
  return scope
}

/** POST /api/campaigns/:id/exports/<kind> — makes the file and answers a short-lived link to it. */
export function runExport(campaignId: string, kind: TExportKind, choice: TExportChoice): Promise<TExportResponse> {
  return request({
    path: `/api/campaigns/${encodeURIComponent(campaignId)}/exports/${kind}`,
    method: 'POST',
    body: bodyFor(kind, choice),
    schema: ZExportResponse,
    // A whole city's picture package or hours sheet takes a few seconds to build.
    timeoutMs: kind === 'showcase-pictures' ? 120_000 : 60_000,
  })
}
