import { z } from 'zod'
import type { TNotification } from '../../../types/api/notifications'
import { getWechatAccessToken } from '../auth/wechat-access-token'
import { hasWechatCredentials, requireEnv } from '../config/env'
import { withServiceTx } from '../db/transaction'
import { formatWhen } from './list-my-notifications'
import { claimPendingOutbox, deleteOutbox, markOutbox, startReminderHolds, ZOutboxPayload, type TOutboxPayload, type TOutboxRow } from './repository'

const ZSendResponse = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() })
const MAX_ATTEMPTS = 3

export type TSendSummary = { sent: number; kept: number; failed: number; dropped: number }

/**
 * Delivers queued reminders. With WeChat credentials and a template for the kind, as a WeChat
 * subscription message; otherwise the row is `kept` and the app shows it under 消息. Each row is
 * claimed with SKIP LOCKED and reaches a final state once, so a reminder is never sent twice.
 */
export async function sendOutbox(fetchImpl: typeof fetch = fetch, batch = 50): Promise<TSendSummary> {
  const summary: TSendSummary = { sent: 0, kept: 0, failed: 0, dropped: 0 }
  await withServiceTx(async (tx) => {
    for (const row of await claimPendingOutbox(tx, batch)) {
      // A start reminder for a sign-up cancelled (or an activity withdrawn) since it was queued is void.
      const payload = ZOutboxPayload.safeParse(row.payload)
      const registrationId = payload.success && 'registrationId' in payload.data ? payload.data.registrationId : undefined
      if (registrationId && !(await startReminderHolds(tx, registrationId))) {
        await deleteOutbox(tx, row.id)
        summary.dropped += 1
        continue
      }
      const outcome = await deliver(row, fetchImpl)
      const status = outcome.status === 'failed' && outcome.retry && row.attempts + 1 < MAX_ATTEMPTS ? 'pending' : outcome.status
      await markOutbox(tx, row.id, status, outcome.error)
      if (status === 'sent') summary.sent += 1
      else if (status === 'kept') summary.kept += 1
      else summary.failed += 1
    }
  })
  return summary
}

type TOutcome = { status: 'sent' | 'kept' | 'failed'; error: string | null; retry?: boolean }

function templateFor(kind: TNotification['kind']): string | undefined {
  const env = requireEnv()
  switch (kind) {
    case 'waitlist_promoted':
      return env.WECHAT_TEMPLATE_WAITLIST_PROMOTED
    case 'activity_changed':
    case 'activity_withdrawn':
      return env.WECHAT_TEMPLATE_ACTIVITY_CHANGED
    case 'deadline_reminder':
    case 'organiser_reminder':
      return env.WECHAT_TEMPLATE_DEADLINE
    // Two hours before: its own consent (one-time subscriptions allow one message each), else the day-before template.
    case 'activity_soon':
      return env.WECHAT_TEMPLATE_ACTIVITY_SOON ?? env.WECHAT_TEMPLATE_ACTIVITY_TOMORROW
    // No subscription template asks for a return's reason: kept for 消息, where the unit reads it.
    case 'submission_returned':
      return undefined
    default:
      return env.WECHAT_TEMPLATE_ACTIVITY_TOMORROW
  }
}

/**
 * The template's keywords. Activity kinds: thing1 活动名称, time2 活动时间, thing3 活动地点.
 * deadline_reminder, organiser_reminder: thing1 报送事项, time2 截止时间, thing3 单位. WeChat caps `thing` at 20 characters.
 */
function templateMessage(payload: TOutboxPayload): { page: string; data: Record<string, { value: string }> } {
  if ('unitName' in payload) {
    const due = 'dueAt' in payload ? payload.dueAt : new Date().toISOString()
    return {
      page: `package-unit/home/index?unitId=${payload.unitId}`,
      data: { thing1: { value: payload.title.slice(0, 20) }, time2: { value: formatWhen(due) }, thing3: { value: payload.unitName.slice(0, 20) } },
    }
  }
  return {
    page: `pages/activity/index?id=${payload.activityId}`,
    data: {
      thing1: { value: payload.title.slice(0, 20) },
      time2: { value: formatWhen(payload.startsAt) },
      thing3: { value: payload.locationName.slice(0, 20) },
    },
  }
}

async function deliver(row: TOutboxRow, fetchImpl: typeof fetch): Promise<TOutcome> {
  const template = templateFor(row.kind)
  const payload = ZOutboxPayload.safeParse(row.payload)
  if (!payload.success) return { status: 'failed', error: 'payload does not parse' }
  if (!hasWechatCredentials() || !template || !row.wechat_openid) return { status: 'kept', error: null }
  const env = requireEnv()
  try {
    const token = await getWechatAccessToken({ appid: env.WECHAT_APPID ?? '', secret: env.WECHAT_SECRET ?? '' }, fetchImpl)
    const response = await fetchImpl(`https://api.weixin.qq.com/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touser: row.wechat_openid,
        template_id: template,
        ...templateMessage(payload.data),
      }),
      signal: AbortSignal.timeout(5000),
    })
    const result = ZSendResponse.safeParse(await response.json())
    const errcode = result.success ? (result.data.errcode ?? 0) : -1
    if (errcode === 0) return { status: 'sent', error: null }
    // 43101: the person did not accept this subscription; the app still shows the reminder.
    if (errcode === 43101) return { status: 'kept', error: 'not subscribed' }
    return { status: 'failed', error: `errcode ${errcode}`, retry: true }
  } catch (error) {
    return { status: 'failed', error: String(error), retry: true }
  }
}
