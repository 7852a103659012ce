import type { TDecidePhotosRequest, TDecidePhotosResponse } from '../../../types/api/photo-review'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findReviewCampaign, lockDecisionTargets, saveReview, type TDecisionTarget } from './repository'

/** Checker verdicts an organiser may overrule here: the queue's (a passed photo is not in review). */
const REVIEWABLE = new Set(['needs_review', 'error', 'failed'])

/**
 * 通过 / 不通过 for one photo or several: the decision (and its reason, required for 不通过) goes
 * on each photo's latest check, overriding the checker's verdict, with one audit_log row per photo
 * that changed. All or nothing: one photo that may not be decided here refuses the whole batch.
 */
export async function decidePhotos(session: TSessionClaims, campaignId: string, input: TDecidePhotosRequest): Promise<TDecidePhotosResponse> {
  const note = cleanReason(input.reason)
  if (input.decision === 'failed' && note === null) {
    throw new AppError('validation_failed', {
      userMessage: '判为不合格时请写明原因，单位会看到这条原因',
      issues: [{ path: 'reason', message: '判为不合格时请写明原因，单位会看到这条原因' }],
    })
  }
  return withUserTx(session, async (tx) => {
    const campaign = await findReviewCampaign(tx, campaignId, session.sub)
    if (!campaign) throw new AppError('campaign_not_found')
    if (!campaign.is_organiser) {
      throw new AppError('forbidden', {
        userMessage:
          campaign.admin_district_ids.length > 0
            ? '照片由活动月组织方（市文明办）复核，区县管理员只能查看本区县的照片'
            : '只有本活动月的组织方可以复核照片',
      })
    }
    const targets = await lockDecisionTargets(tx, input.photoIds)
    const byId = new Map(targets.map((t) => [t.photo_id, t]))
    const checked = input.photoIds.map((id, index) => refuseUnless(byId.get(id), campaign.id, index, input.photoIds.length))

    const decided: TDecidePhotosResponse['decided'] = []
    for (const target of checked) {
      if (target.review_verdict === input.decision && target.review_note === note) {
        decided.push({ photoId: target.photo_id, verdict: input.decision, changed: false })
        continue
      }
      const saved = await saveReview(tx, { resultId: target.result_id, verdict: input.decision, note, reviewerId: session.sub })
      if (!saved) throw new AppError('forbidden', { userMessage: '只有本活动月的组织方可以复核照片' })
      await recordAudit(tx, {
        campaignId: campaign.id,
        actorId: session.sub,
        action: 'photo_reviewed',
        entity: 'photo',
        entityId: target.photo_id,
        before: reviewState(target.checker_verdict, target.review_verdict, target.review_note, target.reviewed_by, target.reviewed_at),
        after: reviewState(target.checker_verdict, input.decision, note, session.sub, saved.reviewed_at),
      })
      decided.push({ photoId: target.photo_id, verdict: input.decision, changed: true })
    }
    return { decided }
  })
}

type TDecidable = TDecisionTarget & { result_id: string }

/** The photo may be decided here: seen by the caller, of this campaign, checked, in review. */
function refuseUnless(target: TDecisionTarget | undefined, campaignId: string, index: number, total: number): TDecidable {
  const which = total > 1 ? `第 ${index + 1} 张照片` : '这张照片'
  if (!target || target.campaign_id !== campaignId) {
    throw new AppError('forbidden', { userMessage: `${which}不属于本活动月，或已被单位删除；请刷新后重试，本次没有复核任何照片` })
  }
  if (!target.result_id || !target.checker_verdict) {
    throw new AppError('conflict', { userMessage: `${which}还在检查中，检查完成后才能复核；本次没有复核任何照片` })
  }
  if (!REVIEWABLE.has(target.checker_verdict)) {
    throw new AppError('conflict', { userMessage: `${which}自动检查合格，不在复核范围内；本次没有复核任何照片` })
  }
  return { ...target, result_id: target.result_id }
}

function reviewState(checker: string | null, verdict: string | null, note: string | null, by: string | null, at: Date | null) {
  return { checkerVerdict: checker, reviewVerdict: verdict, reviewNote: note, reviewedBy: by, reviewedAt: at }
}

/** The reason as the unit will read it: trimmed, without a closing full stop (the pages add their own). */
function cleanReason(reason: string | undefined): string | null {
  const cleaned = (reason ?? '').trim().replace(/[。.！!\s]+$/u, '')
  return cleaned === '' ? null : cleaned
}
