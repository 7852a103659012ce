import { ZSaveShowcaseRequest, ZShowcaseIdRequest, type TShowcaseApplication } from '../../../../types/api/showcase'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { deleteShowcaseDraft } from '../../../lib/showcase/delete-showcase-draft'
import { getShowcaseApplication } from '../../../lib/showcase/get-showcase-application'
import { saveShowcaseDraft } from '../../../lib/showcase/save-showcase-draft'

export default defineHandler({
  GET: async (ctx): Promise<TShowcaseApplication> =>
    getShowcaseApplication(requireSession(ctx), parseInput(ZShowcaseIdRequest, { id: ctx.req.query.id }).id),
  PUT: async (ctx): Promise<TShowcaseApplication> =>
    saveShowcaseDraft(requireSession(ctx), parseInput(ZSaveShowcaseRequest, { ...ctx.req.body, id: ctx.req.query.id })),
  DELETE: async (ctx): Promise<{ deleted: true }> =>
    deleteShowcaseDraft(requireSession(ctx), parseInput(ZShowcaseIdRequest, { id: ctx.req.query.id }).id),
})
