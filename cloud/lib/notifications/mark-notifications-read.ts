import type { TMarkReadRequest, TMarkReadResponse } from '../../../types/api/notifications'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { countMyUnread, markRead } from './repository'

/**
 * Opening a message, or 全部已读. Ids that are not the caller's are simply not updated (RLS and the
 * user_id condition), so nobody learns whether someone else's message exists; marking twice is a no-op.
 */
export async function markNotificationsRead(session: TSessionClaims, request: TMarkReadRequest): Promise<TMarkReadResponse> {
  return withUserTx(session, async (tx) => {
    const marked = await markRead(tx, session.sub, 'ids' in request ? request.ids : null)
    return { marked, unreadCount: await countMyUnread(tx, session.sub) }
  })
}
