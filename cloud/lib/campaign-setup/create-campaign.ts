import { randomBytes, randomUUID } from 'node:crypto'
import type { TCreateCampaignRequest, TCreatedCampaignResponse } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { resolvePeriod } from './period'
import { insertCampaign, insertOrganiser, isAnyOrganiser } from './repository'

/** Who may start a campaign: any organiser (of any campaign); they become its organiser. */
export async function requireAnyOrganiser(tx: TTx): Promise<void> {
  if (!(await isAnyOrganiser(tx))) {
    throw new AppError('forbidden', { userMessage: '只有组织方可以新建活动月。首位组织方请用 npm run invite 生成邀请码加入' })
  }
}

/** A slug nobody has to type: the city-less base, the year and a random tail (unique without a lookup). */
export function newSlug(base: string, year: number): string {
  const stem = base.replace(/-?\d{4}(-[0-9a-f]{6})?$/, '').replace(/[^a-z0-9-]/g, '').slice(0, 30) || 'campaign'
  return `${stem}-${year}-${randomBytes(3).toString('hex')}`
}

/**
 * 新建活动月: a new campaign from its basic facts, unpublished (volunteers see it once the
 * organiser publishes it), with the caller as its organiser. Audited.
 */
export async function createCampaign(session: TSessionClaims, input: TCreateCampaignRequest): Promise<TCreatedCampaignResponse> {
  return withUserTx(session, async (tx) => {
    await requireAnyOrganiser(tx)
    const period = resolvePeriod(input.period, input.year)
    const id = randomUUID()
    const values = {
      title: input.title,
      issuer: input.issuer,
      issuers: input.issuers.length > 0 ? input.issuers : [input.issuer],
      city: input.city,
      year: input.year,
      theme: input.theme || null,
      summary: input.summary || null,
      periodStart: period.start,
      periodEnd: period.end,
      yearRound: period.yearRound,
      isPublished: false,
    }
    await insertCampaign(tx, { ...values, id, slug: newSlug('c', input.year), createdBy: session.sub, noticeRef: null })
    await insertOrganiser(tx, id, session.sub)
    await recordAudit(tx, { campaignId: id, actorId: session.sub, action: 'campaign.create', entity: 'campaign', entityId: id, after: values })
    return { campaignId: id, copied: null }
  })
}
