import { useState } from 'react'
import type { TActivityDetail } from '../../../../types/api/activities'
import type { TRegistration } from '../../../../types/api/registrations'
import { ApiError, describeError } from '../../../shared/api-error'
import { confirmAction, showNotice } from '../../../shared/modal'
import { showSuccess } from '../../../shared/toast'
import { goToLogin, handleSessionLost, isSessionError, resolveSignedInUser } from '../../auth/require-sign-in'
import { rememberSignupIntent } from '../../auth/resume-after-login'
import { announceSignup } from '../announce-signup'
import { cancelRegistration } from '../api/cancel-registration'
import { createRegistration } from '../api/create-registration'

/** Answers after which the page is out of date (seats, deadline or state changed meanwhile). */
const STALE_CODES = new Set(['signup_closed', 'activity_ended', 'activity_cancelled', 'cancel_closed', 'registration_not_found'])

export interface SignupActions {
  busy: 'signup' | 'cancel' | null
  /** The real-name/phone/consent sheet, opened before the first sign-up. */
  profileOpen: boolean
  closeProfile: () => void
  signUp: () => Promise<void>
  /** After the profile sheet saved: close it and sign up as asked. */
  continueAfterProfile: () => void
  cancel: () => Promise<void>
}

/** Sign-up and cancellation from the detail page, with every answer the server may give. */
export function useSignup(activity: TActivityDetail | undefined, reload: () => Promise<void>): SignupActions {
  const [busy, setBusy] = useState<SignupActions['busy']>(null)
  const [profileOpen, setProfileOpen] = useState(false)

  async function signUp() {
    if (!activity || busy) return
    const user = await resolveSignedInUser()
    if (!user) {
      // After the login the app comes back here and the sign-up goes on (resume-after-login.ts).
      rememberSignupIntent(activity.id)
      goToLogin('登录后将回到本活动继续报名')
      return
    }
    // Known incomplete: ask first instead of a round trip that ends in profile_required.
    if (!user.profile.complete) {
      setProfileOpen(true)
      return
    }
    setBusy('signup')
    let registration: TRegistration
    try {
      registration = (await createRegistration(activity.id)).registration
      await reload()
    } catch (error) {
      setBusy(null)
      await handleFailure(error, '报名未成功')
      return
    }
    setBusy(null)
    await announceSignup(registration)
  }

  async function cancel() {
    const mine = activity?.myRegistration
    if (!mine || busy) return
    const waitlisted = mine.status === 'waitlisted'
    const confirmed = await confirmAction({
      title: waitlisted ? '取消候补' : '取消报名',
      content: waitlisted ? '确定退出候补吗？之后再报名需要重新排队。' : '确定取消报名吗？你的名额会让给候补的志愿者。',
      confirmText: waitlisted ? '退出候补' : '取消报名',
      cancelText: '再想想',
    })
    if (!confirmed) return
    setBusy('cancel')
    try {
      await cancelRegistration(mine.id)
      await reload()
    } catch (error) {
      setBusy(null)
      await handleFailure(error, '取消未成功')
      return
    }
    setBusy(null)
    showSuccess(waitlisted ? '已退出候补' : '已取消报名')
  }

  async function handleFailure(error: unknown, title: string) {
    if (error instanceof ApiError && error.code === 'profile_required') {
      setProfileOpen(true)
      return
    }
    if (isSessionError(error)) {
      handleSessionLost()
      return
    }
    // The server's own words: time_overlap names the other activity, cancel_closed says whom to call.
    await showNotice(title, describeError(error))
    if (error instanceof ApiError && STALE_CODES.has(error.code)) await reload()
  }

  return {
    busy,
    profileOpen,
    closeProfile: () => setProfileOpen(false),
    signUp,
    continueAfterProfile: () => {
      setProfileOpen(false)
      void signUp()
    },
    cancel,
  }
}
