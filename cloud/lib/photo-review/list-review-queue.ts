import type { TPhotoReviewQueueRequest, TPhotoReviewQueueResponse } from '../../../types/api/photo-review'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { countQueue, findQueuePage, findQueueUnits, findReviewCampaign, findScopeDistricts } from './repository'
import { toReviewItems } from './to-review-item'

/**
 * 照片复核's queue for one campaign: oldest first, one page at a time. Organisers see every unit
 * and decide; a district admin sees its own district's units (row-level security) and only reads.
 * Anyone else — a volunteer, a unit contact, another campaign's organiser — is refused.
 */
export async function listReviewQueue(session: TSessionClaims, request: TPhotoReviewQueueRequest): Promise<TPhotoReviewQueueResponse> {
  const loaded = await withUserTx(session, async (tx) => {
    const campaign = await findReviewCampaign(tx, request.id, session.sub)
    if (!campaign) throw new AppError('campaign_not_found')
    if (!campaign.is_organiser && campaign.admin_district_ids.length === 0) {
      throw new AppError('forbidden', { userMessage: '只有本活动月的组织方可以复核照片（区县管理员可以查看本区县的照片）' })
    }
    const scope = { campaignId: campaign.id, districtId: request.districtId, unitId: request.unitId }
    // One more than asked: whether there is a next page, without counting.
    const rows = await findQueuePage(tx, { ...scope, state: request.state, review: request.review, cursor: request.cursor, limit: request.limit + 1 })
    return {
      campaign,
      rows,
      counts: await countQueue(tx, scope),
      districts: await findScopeDistricts(tx, campaign.id, campaign.is_organiser ? null : campaign.admin_district_ids),
      units: await findQueueUnits(tx, campaign.id),
    }
  })
  const page = loaded.rows.slice(0, request.limit)
  const { campaign } = loaded
  return {
    campaign: { id: campaign.id, title: campaign.title, theme: campaign.theme },
    role: campaign.is_organiser ? 'organiser' : 'district_admin',
    canDecide: campaign.is_organiser,
    counts: { needsReview: loaded.counts.needs_review, failed: loaded.counts.failed, decided: loaded.counts.decided },
    items: await toReviewItems(page),
    nextCursor: loaded.rows.length > request.limit ? (page[page.length - 1]?.id ?? null) : null,
    districts: loaded.districts,
    units: loaded.units.map((u) => ({ id: u.id, name: u.name, districtId: u.district_id, pending: u.pending })),
  }
}
