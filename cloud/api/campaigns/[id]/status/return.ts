import { ZStatusCampaignParams, ZReturnSubmissionRequest, type TSubmissionDecisionResponse } from '../../../../../types/api/submission-status'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { returnSubmission } from '../../../../lib/submission-status/return-submission'

export default defineHandler({
  POST: async (ctx): Promise<TSubmissionDecisionResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZStatusCampaignParams, { id: ctx.req.query.id })
    return returnSubmission(session, id, parseInput(ZReturnSubmissionRequest, ctx.req.body))
  },
})
