import type { TCampaignBasicsInput, TCampaignSetup } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadSetup } from './load-setup'
import { resolvePeriod } from './period'
import { findCampaign, updateCampaign, type TCampaignRow } from './repository'
import { requireOrganiser } from './require-organiser'
import { AppError } from '../errors/app-error'

/** 基本信息: title, issuer(s), city, year, theme, summary, period, published or not. Audited. */
export async function updateCampaignBasics(session: TSessionClaims, campaignId: string, input: TCampaignBasicsInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const before = await requireOrganiser(tx, campaignId)
    const period = resolvePeriod(input.period, input.year)
    const issuers = input.issuers.length > 0 ? input.issuers : [input.issuer]
    await updateCampaign(tx, campaignId, {
      title: input.title,
      issuer: input.issuer,
      issuers,
      city: input.city,
      year: input.year,
      theme: input.theme || null,
      summary: input.summary || null,
      periodStart: period.start,
      periodEnd: period.end,
      yearRound: period.yearRound,
      isPublished: input.isPublished,
    })
    const after = await findCampaign(tx, campaignId)
    if (!after) throw new AppError('campaign_not_found')
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'campaign.update',
      entity: 'campaign',
      entityId: campaignId,
      before: basics(before),
      after: basics(after),
    })
    return loadSetup(tx, after)
  })
}

export function basics(c: TCampaignRow): Record<string, unknown> {
  return {
    title: c.title,
    issuer: c.issuer,
    issuers: c.issuers,
    city: c.city,
    year: c.year,
    theme: c.theme,
    summary: c.summary,
    periodStart: c.period_start,
    periodEnd: c.period_end,
    yearRound: c.is_year_round,
    isPublished: c.is_published,
  }
}
