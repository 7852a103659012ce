import type { TCancelRegistrationResponse } from '../../../types/api/registrations'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { cancelInSql, toRegistration } from './repository'

/** Cancels; a freed seat goes to the first person waiting, whose notice is queued in the same transaction. */
export async function cancelRegistration(session: TSessionClaims, registrationId: string): Promise<TCancelRegistrationResponse> {
  return withUserTx(session, async (tx) => {
    const { row, promotedId } = await cancelInSql(tx, registrationId)
    return { registration: toRegistration(row, null), promoted: promotedId !== null }
  })
}
