import { ZNotificationsResponse, type TNotificationsResponse } from '../../../../types/api/notifications'
import { request } from '../../../shared/request'

/** GET /api/me/notifications */
export function listNotifications(): Promise<TNotificationsResponse> {
  return request({ path: '/api/me/notifications', schema: ZNotificationsResponse })
}
