import { ZShowcaseIdRequest, type TShowcaseApplication } from '../../../../types/api/showcase'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { submitShowcaseApplication } from '../../../lib/showcase/submit-showcase-application'

export default defineHandler({
  POST: async (ctx): Promise<TShowcaseApplication> =>
    submitShowcaseApplication(requireSession(ctx), parseInput(ZShowcaseIdRequest, { id: ctx.req.query.id }).id),
})
