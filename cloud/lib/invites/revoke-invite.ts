import type { TRevokeInviteResponse } from '../../../types/api/invites'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findInvites, insertAudit, lockInvite, markRevoked } from './repository'
import { requireOrganiser } from './require-organiser'
import { toInvite } from './to-invite'

/**
 * An organiser revokes a code: joining with it is refused from now on (invite_revoked); people who
 * already joined with it stay members. The code is kept, shown as 已撤销, and the revocation audited.
 */
export async function revokeInvite(
  session: TSessionClaims,
  campaignId: string,
  code: string,
  options: { baseUrl: string; now?: Date },
): Promise<TRevokeInviteResponse> {
  const now = options.now ?? new Date()
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const locked = await lockInvite(tx, campaign.id, code)
    if (!locked) throw new AppError('not_found', { userMessage: `本活动月没有邀请码 ${code}` })
    if (locked.revoked_at) throw new AppError('conflict', { userMessage: `邀请码 ${code} 已经撤销过了` })
    const [before] = await findInvites(tx, campaign.id, now, [code])
    await markRevoked(tx, code, session.sub, now)
    await insertAudit(tx, {
      campaignId: campaign.id,
      actorId: session.sub,
      action: 'invite.revoke',
      before: before ? { code, role: before.role, unitId: before.unit_id, districtId: before.district_id, state: before.state, useCount: before.use_count } : { code },
      after: { code, revokedAt: now.toISOString() },
    })
    const [row] = await findInvites(tx, campaign.id, now, [code])
    if (!row) throw new Error('revoked invite vanished')
    return { invite: toInvite(row, options.baseUrl) }
  })
}
