import { ZMarkReadResponse, type TMarkReadRequest, type TMarkReadResponse } from '../../../../types/api/notifications'
import { request } from '../../../shared/request'

/** POST /api/me/notifications/read — opened messages, or {all: true} for 全部已读. */
export function markNotificationsRead(body: TMarkReadRequest): Promise<TMarkReadResponse> {
  return request({ path: '/api/me/notifications/read', method: 'POST', body, schema: ZMarkReadResponse })
}
