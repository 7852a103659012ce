import { ZStatusCampaignParams, ZAcceptSubmissionRequest, type TSubmissionDecisionResponse } from '../../../../../types/api/submission-status'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { acceptSubmission } from '../../../../lib/submission-status/accept-submission'

export default defineHandler({
  POST: async (ctx): Promise<TSubmissionDecisionResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZStatusCampaignParams, { id: ctx.req.query.id })
    return acceptSubmission(session, id, parseInput(ZAcceptSubmissionRequest, ctx.req.body))
  },
})
