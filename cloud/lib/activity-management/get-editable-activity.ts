import type { TManagedActivity } from '../../../types/api/unit-activities'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { requireManagedActivity, toManagedActivity } from './managed-activity'

/** The whole editable record for the form, drafts included; only for who manages the unit. */
export async function getEditableActivity(session: TSessionClaims, id: string): Promise<TManagedActivity> {
  return withUserTx(session, async (tx) => toManagedActivity(await requireManagedActivity(tx, id)))
}
