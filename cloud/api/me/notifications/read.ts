import { ZMarkReadRequest, type TMarkReadResponse } from '../../../../types/api/notifications'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { markNotificationsRead } from '../../../lib/notifications/mark-notifications-read'

export default defineHandler({
  POST: async (ctx): Promise<TMarkReadResponse> => markNotificationsRead(requireSession(ctx), parseInput(ZMarkReadRequest, ctx.req.body)),
})
