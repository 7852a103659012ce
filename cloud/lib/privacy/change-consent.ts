import type { TChangeConsentRequest, TPrivacyOverviewResponse } from '../../../types/api/privacy'
import { PRIVACY_POLICY_VERSION } from '../../../types/domain'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toConsentStates } from './consent-states'
import { loadPrivacyOverview } from './get-privacy-overview'
import { insertConsentEvent, listActiveConsents, listConsentEvents, withdrawRegistrationConsent } from './repository'

/**
 * Withdraws a consent (recorded with its time; the processing it allowed stops at once), or gives
 * the optional hours_report consent again. Withdrawing what is not in force changes nothing.
 * Answers the page's new state.
 */
export async function changeConsent(session: TSessionClaims, request: TChangeConsentRequest): Promise<TPrivacyOverviewResponse> {
  return withUserTx(session, async (tx) => {
    const userId = session.sub
    const states = toConsentStates(await listActiveConsents(tx, userId), await listConsentEvents(tx, userId))
    const current = states.find((state) => state.purpose === request.purpose)
    if (request.action === 'withdraw') {
      if (current?.state === 'given') {
        if (request.purpose === 'registration') {
          const versions = await withdrawRegistrationConsent(tx, userId)
          for (const version of versions) await insertConsentEvent(tx, { userId, purpose: 'registration', policyVersion: version, action: 'withdrawn' })
        } else {
          await insertConsentEvent(tx, { userId, purpose: request.purpose, policyVersion: current.policyVersion ?? PRIVACY_POLICY_VERSION, action: 'withdrawn' })
        }
      }
    } else if (request.purpose === 'registration') {
      // Giving it needs the real name and phone, which the profile form collects with it.
      throw new AppError('validation_failed', {
        userMessage: '报名与联系的同意需要同时填写真实姓名和手机号，请在下次报名时填写并同意',
        issues: [{ path: 'purpose', message: '请通过报名时的资料填写给出同意' }],
      })
    } else if (current?.state !== 'given') {
      if (states.find((state) => state.purpose === 'registration')?.state !== 'given') {
        throw new AppError('validation_failed', {
          userMessage: '报送服务时长需要你的姓名和手机号，请先在报名时填写资料并同意隐私说明',
          issues: [{ path: 'purpose', message: '尚未同意报名与联系' }],
        })
      }
      await insertConsentEvent(tx, { userId, purpose: request.purpose, policyVersion: PRIVACY_POLICY_VERSION, action: 'granted' })
    }
    return loadPrivacyOverview(tx, userId)
  })
}
