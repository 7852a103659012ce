import type { TUnreadCountResponse } from '../../../../types/api/notifications'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { countMyUnreadNotifications } from '../../../lib/notifications/count-my-unread'

export default defineHandler({
  GET: async (ctx): Promise<TUnreadCountResponse> => countMyUnreadNotifications(requireSession(ctx)),
})
