import type { TPrivacyOverviewResponse } from '../../../types/api/privacy'
import { PRIVACY_POLICY_VERSION } from '../../../types/domain'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'
import { toConsentStates } from './consent-states'
import { describeSoleMembership } from './describe-sole-membership'
import { listActiveConsents, listConsentEvents, listSoleMemberships, readDeletionPreview } from './repository'

/** GET /api/me/privacy: the caller's consents, their history, and what deleting the account would do. */
export async function getPrivacyOverview(session: TSessionClaims): Promise<TPrivacyOverviewResponse> {
  return withUserTx(session, (tx) => loadPrivacyOverview(tx, session.sub))
}

export async function loadPrivacyOverview(tx: TTx, userId: string): Promise<TPrivacyOverviewResponse> {
  const [active, events, preview, sole] = await Promise.all([
    listActiveConsents(tx, userId),
    listConsentEvents(tx, userId),
    readDeletionPreview(tx),
    listSoleMemberships(tx),
  ])
  return {
    currentPolicyVersion: PRIVACY_POLICY_VERSION,
    consents: toConsentStates(active, events),
    history: events.map((event) => ({ purpose: event.purpose, policyVersion: event.policy_version, action: event.action, at: toShanghaiIso(event.occurred_at) })),
    deletion: {
      upcomingRegistrations: preview.upcoming_registrations,
      checkInsKept: preview.check_ins_kept,
      hoursKept: Number(preview.hours_kept),
      photosKeptByUnits: preview.photos_kept,
      soleMemberships: sole.map(describeSoleMembership),
    },
  }
}
