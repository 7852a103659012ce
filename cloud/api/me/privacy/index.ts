import type { TPrivacyOverviewResponse } from '../../../../types/api/privacy'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { getPrivacyOverview } from '../../../lib/privacy/get-privacy-overview'

export default defineHandler({
  GET: async (ctx): Promise<TPrivacyOverviewResponse> => getPrivacyOverview(requireSession(ctx)),
})
