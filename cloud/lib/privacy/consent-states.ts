import type { TConsentState } from '../../../types/api/privacy'
import { toShanghaiIso } from '../time/shanghai'
import type { TActiveConsentRow, TConsentEventRow } from './repository'

/**
 * Where each purpose stands, from the consents in force and the history (newest first).
 * registration: in force while its privacy_consents row exists. hours_report: part of the
 * registration notice, so in force with it unless its last event is a withdrawal.
 */
export function toConsentStates(active: TActiveConsentRow[], events: TConsentEventRow[]): TConsentState[] {
  const registration = active.find((row) => row.purpose === 'registration')
  const lastRegistration = events.find((event) => event.purpose === 'registration')
  const lastHours = events.find((event) => event.purpose === 'hours_report')

  const registrationState: TConsentState = registration
    ? { purpose: 'registration', state: 'given', policyVersion: registration.policy_version, since: toShanghaiIso(registration.consented_at) }
    : lastRegistration?.action === 'withdrawn'
      ? { purpose: 'registration', state: 'withdrawn', policyVersion: null, since: toShanghaiIso(lastRegistration.occurred_at) }
      : { purpose: 'registration', state: 'never', policyVersion: null, since: null }

  let hoursState: TConsentState
  if (lastHours?.action === 'withdrawn') {
    hoursState = { purpose: 'hours_report', state: 'withdrawn', policyVersion: null, since: toShanghaiIso(lastHours.occurred_at) }
  } else if (registration) {
    // Given again after a withdrawal: since then; otherwise with the registration consent.
    const since = lastHours && lastHours.occurred_at > registration.consented_at ? lastHours.occurred_at : registration.consented_at
    hoursState = { purpose: 'hours_report', state: 'given', policyVersion: registration.policy_version, since: toShanghaiIso(since) }
  } else {
    hoursState = { purpose: 'hours_report', state: 'never', policyVersion: null, since: null }
  }
  return [registrationState, hoursState]
}
