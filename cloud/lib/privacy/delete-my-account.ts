import { ACCOUNT_DELETION_PHRASE, ZDeleteAccountResponse, type TDeleteAccountRequest, type TDeleteAccountResponse } from '../../../types/api/privacy'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { describeSoleMembership } from './describe-sole-membership'
import { deleteAccountInSql, listSoleMemberships } from './repository'

/**
 * 注销账号 in one transaction (app_private.delete_my_account): sign-ups not yet started are given up,
 * the rest with their check-ins move to an anonymous record so the units' figures do not change,
 * the account row goes (and with it every token, consent, role and message), and the deletion is
 * audited with counts only. The only contact / admin / organiser of something must say they know.
 */
export async function deleteMyAccount(session: TSessionClaims, request: TDeleteAccountRequest): Promise<TDeleteAccountResponse> {
  if (request.confirmation.trim() !== ACCOUNT_DELETION_PHRASE) {
    throw new AppError('validation_failed', {
      userMessage: `请输入“${ACCOUNT_DELETION_PHRASE}”确认：注销后无法恢复`,
      issues: [{ path: 'confirmation', message: `请输入“${ACCOUNT_DELETION_PHRASE}”` }],
    })
  }
  return withUserTx(session, async (tx) => {
    const sole = await listSoleMemberships(tx)
    if (sole.length > 0 && request.acknowledgeSoleMemberships !== true) {
      throw new AppError('conflict', {
        userMessage: sole.map((row) => describeSoleMembership(row).consequence).join('\n') + '\n确认知晓后再注销。',
        issues: [{ path: 'acknowledgeSoleMemberships', message: '请确认你已知晓注销后的影响' }],
      })
    }
    const summary = await deleteAccountInSql(tx)
    return ZDeleteAccountResponse.parse({ deleted: true, ...(summary as object) })
  })
}
