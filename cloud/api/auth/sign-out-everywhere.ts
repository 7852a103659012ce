import type { TSignOutEverywhereResponse } from '../../../types/api/auth'
import { signOutEverywhere } from '../../lib/auth/sign-out-everywhere'
import { defineHandler, requireSession } from '../../lib/http/define-handler'

export default defineHandler({
  POST: async (ctx): Promise<TSignOutEverywhereResponse> => signOutEverywhere(requireSession(ctx)),
})
