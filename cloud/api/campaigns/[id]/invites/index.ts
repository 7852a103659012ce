import { ZIssueInvitesRequest, ZListInvitesRequest, type TIssueInvitesResponse, type TListInvitesResponse } from '../../../../../types/api/invites'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { publicBaseUrl } from '../../../../lib/http/public-base-url'
import { issueInvites } from '../../../../lib/invites/issue-invites'
import { listInvites } from '../../../../lib/invites/list-invites'

export default defineHandler({
  GET: async (ctx): Promise<TListInvitesResponse> => {
    const { id } = parseInput(ZListInvitesRequest, { id: ctx.req.query.id })
    return listInvites(requireSession(ctx), id, { baseUrl: publicBaseUrl(ctx.req) })
  },
  POST: async (ctx): Promise<TIssueInvitesResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZListInvitesRequest, { id: ctx.req.query.id })
    return issueInvites(session, id, parseInput(ZIssueInvitesRequest, ctx.req.body), { baseUrl: publicBaseUrl(ctx.req) })
  },
})
