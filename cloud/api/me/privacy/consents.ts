import { ZChangeConsentRequest, type TPrivacyOverviewResponse } from '../../../../types/api/privacy'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { changeConsent } from '../../../lib/privacy/change-consent'

export default defineHandler({
  POST: async (ctx): Promise<TPrivacyOverviewResponse> => changeConsent(requireSession(ctx), parseInput(ZChangeConsentRequest, ctx.req.body)),
})
