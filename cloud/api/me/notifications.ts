import type { TNotificationsResponse } from '../../../types/api/notifications'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { listMyNotifications } from '../../lib/notifications/list-my-notifications'

export default defineHandler({
  GET: async (ctx): Promise<TNotificationsResponse> => listMyNotifications(requireSession(ctx)),
})
