import { useState } from 'react'
import type { TCheckinRequest, TCheckinResponse } from '../../../../types/api/checkins'
import { ApiError, describeError } from '../../../shared/api-error'
import { getCurrentPosition, openPermissionSettings } from '../../../shared/location'
import { confirmAction, showNotice } from '../../../shared/modal'
import { isWeapp } from '../../../shared/platform'
import { scanQrCode } from '../../../shared/scan-code'
import { handleSessionLost, isSessionError } from '../../auth/require-sign-in'
import { announceCheckin } from '../announce-checkin'
import { submitCheckin } from '../api/submit-checkin'

export interface CheckinActions {
  busy: boolean
  /** weapp: WeChat's scanner, then the check-in. */
  scan: () => Promise<void>
  /** The code as text (H5: pasted). Resolves true when the scan counted. */
  submitCode: (code: string) => Promise<boolean>
}

/** The volunteer's check-in and check-out by the contact's code, asking for location only when required. */
export function useCheckin(activityId: string | undefined, reload: () => Promise<void>): CheckinActions {
  const [busy, setBusy] = useState(false)

  async function submitCode(code: string): Promise<boolean> {
    const text = code.trim()
    if (!activityId || busy) return false
    if (text.length < 10) {
      await showNotice('签到码不完整', '请粘贴活动联系人出示的完整签到码。')
      return false
    }
    setBusy(true)
    let result: TCheckinResponse | null = null
    try {
      result = await sendWithLocationIfRequired({ activityId, code: text })
      if (result) await reload()
    } catch (error) {
      setBusy(false)
      if (isSessionError(error)) handleSessionLost()
      else if (error instanceof ApiError && error.code === 'checkin_token_expired') await showNotice('签到码已过期', describeError(error))
      else await showNotice('签到未成功', describeError(error))
      return false
    }
    // The page is done; the dialog only tells the person what happened.
    setBusy(false)
    if (!result) return false
    await announceCheckin(result)
    return true
  }

  async function scan() {
    const scanned = await scanQrCode()
    if (scanned.status === 'scanned') await submitCode(scanned.text)
  }

  return { busy, scan, submitCode }
}

/** Location is asked for only after the server said this activity needs it (geofenced). */
async function sendWithLocationIfRequired(body: TCheckinRequest): Promise<TCheckinResponse | null> {
  try {
    return await submitCheckin(body)
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'location_required')) throw error
  }
  const position = await getCurrentPosition()
  if (position.status === 'denied') {
    const open = await confirmAction({
      title: '需要你的位置',
      content: '该活动要求在现场签到，需要获取你当前的位置（仅用于本次签到）。',
      confirmText: isWeapp ? '去设置' : '知道了',
      cancelText: '取消',
    })
    if (open) openPermissionSettings()
    return null
  }
  if (position.status === 'failed') {
    await showNotice('无法获取位置', position.message)
    return null
  }
  return submitCheckin({ ...body, latitude: position.latitude, longitude: position.longitude })
}
