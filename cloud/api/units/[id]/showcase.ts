import {
  ZCreateShowcaseRequest,
  ZListShowcaseRequest,
  type TListShowcaseResponse,
  type TShowcaseApplication,
} from '../../../../types/api/showcase'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { createShowcaseApplication } from '../../../lib/showcase/create-showcase-application'
import { listShowcaseApplications } from '../../../lib/showcase/list-showcase-applications'

export default defineHandler({
  GET: async (ctx): Promise<TListShowcaseResponse> =>
    listShowcaseApplications(requireSession(ctx), parseInput(ZListShowcaseRequest, { id: ctx.req.query.id }).id),
  POST: async (ctx): Promise<TShowcaseApplication> =>
    createShowcaseApplication(requireSession(ctx), parseInput(ZCreateShowcaseRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
