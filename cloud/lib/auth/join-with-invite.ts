import type { TJoinRequest, TSessionResponse } from '../../../types/api/auth'
import { withServiceTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import type { TClient } from '../rate-limits/client-address'
import { enforceRateLimits } from '../rate-limits/enforce-rate-limits'
import { issueSession } from './issue-session'
import { assertLiveSession, consumeInvite, insertAudit, insertMembership, lockInvite } from './repository'
import type { TSessionClaims } from './session-token'

/**
 * A unit contact, organiser or district admin joins by invite code. Runs with service rights because
 * the caller cannot yet write memberships; the user id is the one from the verified session. The
 * invite row is locked, so racing joins for its last use cannot both succeed.
 */
export async function joinWithInvite(session: TSessionClaims, request: TJoinRequest, client: TClient, now: Date = new Date()): Promise<TSessionResponse> {
  const userId = session.sub
  // Counted before the code is looked at: wrong codes count, so codes cannot be guessed.
  await enforceRateLimits({ operation: 'invite', userId, client })
  return withServiceTx(async (tx) => {
    // Service rights skip the per-request session check of withUserTx: the same rule, by hand.
    await assertLiveSession(tx, session)
    const invite = await lockInvite(tx, request.inviteCode)
    if (!invite) throw new AppError('invite_invalid')
    // Revoked first: a revoked code that has also expired is still best explained as revoked.
    if (invite.revoked_at) throw new AppError('invite_revoked')
    if (invite.expires_at && invite.expires_at <= now) throw new AppError('invite_expired')
    if (invite.use_count >= invite.max_uses) throw new AppError('invite_used_up')
    const added = await insertMembership(tx, { userId, campaignId: invite.campaign_id, role: invite.role, unitId: invite.unit_id, districtId: invite.district_id })
    if (!added) throw new AppError('already_member')
    await consumeInvite(tx, invite.code)
    await insertAudit(tx, {
      campaignId: invite.campaign_id,
      actorId: userId,
      action: 'membership.join',
      entity: 'memberships',
      entityId: null,
      after: { role: invite.role, unitId: invite.unit_id, districtId: invite.district_id, inviteCode: invite.code },
    })
    return issueSession(tx, userId)
  })
}
