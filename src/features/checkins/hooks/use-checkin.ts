import { useEffect, useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { formatTime } from '../../../shared/date'
import { getCurrentPosition, openPermissionSettings } from '../../../shared/location'
import { confirmAction, showNotice } from '../../../shared/modal'
import { isWeapp } from '../../../shared/platform'
import { scanQrCode } from '../../../shared/scan-code'
import { handleSessionLost, isSessionError } from '../../auth/require-sign-in'
import { getSessionState } from '../../auth/session-store'
import { announceCheckin } from '../announce-checkin'
import { enqueueScan, newScanId, readScanQueue, removeQueuedScan, subscribeToScanQueue, updateQueuedScan, type TQueuedScan } from '../offline/scan-queue'
import { syncQueuedScans, type TSyncOutcome } from '../offline/sync-scans'

export interface CheckinActions {
  busy: boolean
  /** weapp: WeChat's scanner, then the check-in. */
  scan: () => Promise<void>
  /** The 6-digit code typed (or a QR text). Resolves true when the scan counted or was kept for later. */
  submitCode: (code: string) => Promise<boolean>
  /** This activity's scans still on the phone: waiting for the network, or refused (with the reason). */
  queued: TQueuedScan[]
  syncNow: () => Promise<void>
  dismiss: (scanId: string) => void
}

/** What the hook needs to know about the activity (its title for the queue, whether it is geofenced). */
export type TCheckinActivity = {
  title: string
  geofenceRadiusM: number | null
  /** Offline, the session unconfirmed: whose saved activity page this is (features/offline-cache). */
  viewerId?: string
}

/**
 * The volunteer's check-in and check-out by the contact's code. Every scan is put in the phone's
 * queue with its time first and sent from there: with no network it stays, marked 待同步, and goes
 * out when the network returns; the server counts it at the time it was made.
 */
export function useCheckin(activityId: string | undefined, reload: () => Promise<void>, activity?: TCheckinActivity | null): CheckinActions {
  const [busy, setBusy] = useState(false)
  const [queued, setQueued] = useState<TQueuedScan[]>([])

  useEffect(() => {
    let pending = new Set<string>()
    const read = () => {
      const mine = readScanQueue().filter((scan) => scan.activityId === activityId)
      const now = new Set(mine.filter((scan) => scan.state === 'pending').map((scan) => scan.scanId))
      // A waiting scan left the queue: it went through in the background (network back), so show the new state.
      if ([...pending].some((id) => !now.has(id) && !mine.some((scan) => scan.scanId === id))) void reload()
      pending = now
      setQueued(mine)
    }
    read()
    return subscribeToScanQueue(read)
  }, [activityId, reload])

  async function submitCode(code: string): Promise<boolean> {
    const text = code.trim()
    if (!activityId || busy) return false
    if (!/^\d{3}\s?\d{3}$/.test(text) && text.length < 20) {
      await showNotice('签到码不完整', '请输入联系人手机上显示的 6 位数字签到码。')
      return false
    }
    const session = getSessionState()
    const userId = session.status === 'signed_in' ? session.user.id : activity?.viewerId
    if (!userId) {
      handleSessionLost()
      return false
    }
    setBusy(true)
    try {
      // A geofenced activity needs the position at the moment of the scan; GPS works without a network.
      const where = activity?.geofenceRadiusM ? await askForPosition() : {}
      if (where === null) return false
      const scan: TQueuedScan = {
        scanId: newScanId(),
        userId,
        activityId,
        activityTitle: activity?.title ?? '',
        code: text,
        scannedAt: new Date().toISOString(),
        ...where,
        state: 'pending',
      }
      enqueueScan(scan)
      let mine = await send(scan.scanId)
      if (mine?.status === 'failed' && mine.error.code === 'location_required') {
        const position = await askForPosition()
        if (position === null) {
          removeQueuedScan(scan.scanId)
          return false
        }
        updateQueuedScan(scan.scanId, { ...position, state: 'pending', message: undefined })
        mine = await send(scan.scanId)
      }
      return await tell(scan, mine)
    } finally {
      setBusy(false)
    }
  }

  async function tell(scan: TQueuedScan, outcome: TSyncOutcome | null): Promise<boolean> {
    if (!outcome || outcome.status === 'waiting') {
      if (outcome && isSessionError(outcome.error)) {
        handleSessionLost()
        return true
      }
      await showNotice(
        '已保存，待同步',
        `网络不好，这次扫码（${formatTime(scan.scannedAt)}）已保存在手机上，关闭小程序也不会丢失。网络恢复后会自动提交，服务时长按扫码时间计算。`,
      )
      return true
    }
    if (outcome.status === 'sent') {
      await reload()
      await announceCheckin(outcome.result)
      return true
    }
    // Refused at once: the person sees why now, so the phone need not keep it.
    removeQueuedScan(scan.scanId)
    const title = outcome.error.code === 'checkin_token_expired' ? '签到码已过期' : '签到未成功'
    await showNotice(title, describeError(outcome.error))
    return false
  }

  async function scan() {
    const scanned = await scanQrCode()
    if (scanned.status === 'scanned') await submitCode(scanned.text)
  }

  async function syncNow() {
    setBusy(true)
    try {
      const outcomes = await syncQueuedScans()
      if (outcomes.some((o) => o.status === 'sent' && o.scan.activityId === activityId)) await reload()
      const waiting = outcomes.find((o) => o.status === 'waiting')
      if (waiting) await showNotice('仍未同步', describeError(waiting.error))
    } finally {
      setBusy(false)
    }
  }

  return { busy, scan, submitCode, queued, syncNow, dismiss: removeQueuedScan }
}

/** Sends the queue and returns what happened to this scan (a run already under way is waited for first). */
async function send(scanId: string): Promise<TSyncOutcome | null> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const outcome = (await syncQueuedScans()).find((o) => o.scan.scanId === scanId)
    if (outcome) return outcome
    if (!readScanQueue().some((scan) => scan.scanId === scanId)) return null
  }
  return null
}

/** The position for a geofenced activity; null when the person declined or it failed (told why). */
async function askForPosition(): Promise<{ latitude: number; longitude: number } | null> {
  const position = await getCurrentPosition()
  if (position.status === 'ok') return { latitude: position.latitude, longitude: position.longitude }
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
  await showNotice('无法获取位置', position.message)
  return null
}
