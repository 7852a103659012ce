import type { TMeResponse, TUpdateProfileRequest } from '../../../types/api/auth'
import { PRIVACY_POLICY_VERSION } from '../../../types/domain'
import { findSessionUser } from '../auth/repository'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'

/**
 * First sign-up: the real name and phone, stored together with the consent that allows it
 * (PIPL: purpose-bound, versioned, timestamped). Runs as the user, so RLS limits it to their row.
 */
export async function updateProfile(session: TSessionClaims, request: Pick<TUpdateProfileRequest, 'realName' | 'phone' | 'policyVersion'>): Promise<TMeResponse> {
  if (request.policyVersion !== PRIVACY_POLICY_VERSION) {
    throw new AppError('validation_failed', { userMessage: '隐私说明已更新，请刷新后重新阅读并同意', issues: [{ path: 'policyVersion', message: '版本不是最新' }] })
  }
  return withUserTx(session, async (tx) => {
    await saveProfile(tx, session.sub, request.realName, request.phone)
    const user = await findSessionUser(tx, session.sub)
    if (!user) throw new AppError('session_expired')
    return { user }
  })
}

async function saveProfile(tx: TTx, userId: string, realName: string, phone: string): Promise<void> {
  const updated = await tx`update app_users set real_name = ${realName}, phone = ${phone} where id = ${userId} returning id`
  if (updated.length === 0) throw new AppError('session_expired')
  await tx`
    insert into privacy_consents (user_id, policy_version, purpose)
    values (${userId}, ${PRIVACY_POLICY_VERSION}, 'registration')
    on conflict (user_id, policy_version, purpose) do nothing`
}
