import type { TSaveShowcaseRequest, TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { getShowcaseApplication } from './get-showcase-application'
import { loadApplication, requireEditable } from './guards'
import { updateApplicationForm } from './repository'

/**
 * Saves the form as it stands; a draft may be incomplete (submitting checks everything). A returned
 * application stays 已退回, with the organiser's reason, until it is submitted again.
 */
export async function saveShowcaseDraft(session: TSessionClaims, request: TSaveShowcaseRequest): Promise<TShowcaseApplication> {
  await withUserTx(session, async (tx) => {
    requireEditable(await loadApplication(tx, request.id, { lock: true }))
    await updateApplicationForm(tx, request.id, request.form)
  })
  return getShowcaseApplication(session, request.id)
}
