import type { TUnreadCountResponse } from '../../../types/api/notifications'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { countMyUnread } from './repository'

/** The unread badge (tab bar on weapp, 消息 entry on 我的). */
export async function countMyUnreadNotifications(session: TSessionClaims): Promise<TUnreadCountResponse> {
  return withUserTx(session, async (tx) => ({ unreadCount: await countMyUnread(tx, session.sub) }))
}
