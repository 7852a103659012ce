import { ZListInvitesRequest, ZRevokeInviteRequest, type TRevokeInviteResponse } from '../../../../../types/api/invites'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { publicBaseUrl } from '../../../../lib/http/public-base-url'
import { revokeInvite } from '../../../../lib/invites/revoke-invite'

export default defineHandler({
  POST: async (ctx): Promise<TRevokeInviteResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZListInvitesRequest, { id: ctx.req.query.id })
    const { code } = parseInput(ZRevokeInviteRequest, ctx.req.body)
    return revokeInvite(session, id, code, { baseUrl: publicBaseUrl(ctx.req) })
  },
})
