import dayjs from 'dayjs'
import type { TNotificationsResponse } from '../../../types/api/notifications'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { TIME_ZONE } from '../time/shanghai'
import { countMyUnread, findMyNotifications, toNotification } from './repository'

export function formatWhen(iso: string): string {
  return dayjs(iso).tz(TIME_ZONE).format('M月D日 HH:mm')
}

export async function listMyNotifications(session: TSessionClaims): Promise<TNotificationsResponse> {
  return withUserTx(session, async (tx) => {
    const rows = await findMyNotifications(tx, session.sub)
    return { items: rows.flatMap((row) => toNotification(row, formatWhen) ?? []), unreadCount: await countMyUnread(tx, session.sub) }
  })
}
