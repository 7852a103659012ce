import { randomUUID } from 'node:crypto'
import type { TCopyCampaignRequest, TCreatedCampaignResponse } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { fromShanghaiLocal } from '../time/shanghai'
import { endOfYear, shiftYears } from './calendar'
import { requireAnyOrganiser, newSlug } from './create-campaign'
import { planCopiedDeadlines } from './plan-copied-deadlines'
import { copyDistrictsAndUnits, findCampaign, findSourceParts, insertCampaign, insertDeadline, insertOrganiser, replaceContacts, replaceQuotas } from './repository'

/**
 * 复制去年的活动月: a campaign copied into `year` — districts, units, quotas, contacts, and the
 * deadlines moved to the same month and day of the new year (the Fridays of a weekly month are
 * worked out again for the new year) — but no activities, submissions or members. The copier
 * becomes its organiser and the copy starts unpublished. Any campaign the caller can see may be
 * copied (its reference data is what they can already read): a seeded notice works as a template.
 */
export async function copyCampaign(session: TSessionClaims, sourceId: string, input: TCopyCampaignRequest): Promise<TCreatedCampaignResponse> {
  return withUserTx(session, async (tx) => {
    const source = await findCampaign(tx, sourceId)
    if (!source) throw new AppError('campaign_not_found')
    await requireAnyOrganiser(tx)
    if (input.year === source.year) {
      const message = `复制到新的一年：年份不能与原活动月相同（${source.year} 年）`
      throw new AppError('validation_failed', { userMessage: message, issues: [{ path: 'year', message }] })
    }
    const delta = input.year - source.year
    const parts = await findSourceParts(tx, source.id)
    const periodStart = shiftYears(source.period_start, delta)
    const periodEnd = source.is_year_round ? endOfYear(periodStart) : shiftYears(source.period_end, delta)
    const retitle = (text: string | null) => (text === null ? null : text.split(`${source.year}年`).join(`${input.year}年`))
    const id = randomUUID()
    const values = {
      title: retitle(source.title) ?? source.title,
      issuer: source.issuer,
      issuers: source.issuers,
      city: source.city,
      year: input.year,
      theme: source.theme,
      summary: retitle(source.summary),
      periodStart,
      periodEnd,
      yearRound: source.is_year_round,
      isPublished: false,
    }
    await insertCampaign(tx, { ...values, id, slug: newSlug(source.slug, input.year), createdBy: session.sub, noticeRef: null })
    await insertOrganiser(tx, id, session.sub)
    const copied = await copyDistrictsAndUnits(tx, source.id, id)
    await replaceQuotas(tx, id, parts.quotas.map((q) => ({ subject: q.subject, metric: q.metric, minCount: q.min_count })))
    await replaceContacts(tx, id, parts.contacts)
    const deadlines = planCopiedDeadlines(parts.deadlines, source.year, input.year)
    for (const d of deadlines) await insertDeadline(tx, id, { kind: d.kind, title: d.title, dueAt: fromShanghaiLocal(d.local) })
    const counts = { ...copied, quotas: parts.quotas.length, contacts: parts.contacts.length, deadlines: deadlines.length }
    await recordAudit(tx, {
      campaignId: id,
      actorId: session.sub,
      action: 'campaign.copy',
      entity: 'campaign',
      entityId: id,
      before: { sourceCampaignId: source.id, sourceYear: source.year, sourceTitle: source.title },
      after: { ...values, copied: counts },
    })
    return { campaignId: id, copied: counts }
  })
}
