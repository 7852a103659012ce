import { ZInvitePosterRequest, type TInvitePosterResponse } from '../../../../../types/api/invites'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { publicBaseUrl } from '../../../../lib/http/public-base-url'
import { getInvitePoster } from '../../../../lib/invites/get-invite-poster'

export default defineHandler({
  GET: async (ctx): Promise<TInvitePosterResponse> => {
    const { id, unitId } = parseInput(ZInvitePosterRequest, { id: ctx.req.query.id, unitId: ctx.req.query.unitId })
    return getInvitePoster(requireSession(ctx), id, unitId, { baseUrl: publicBaseUrl(ctx.req) })
  },
})
