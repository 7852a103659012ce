import { ZUnreadCountResponse, type TUnreadCountResponse } from '../../../../types/api/notifications'
import { request } from '../../../shared/request'

/** GET /api/me/notifications/unread */
export function getUnreadCount(): Promise<TUnreadCountResponse> {
  return request({ path: '/api/me/notifications/unread', schema: ZUnreadCountResponse })
}
