import { ZDeleteAccountRequest, type TDeleteAccountResponse } from '../../../../types/api/privacy'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { deleteMyAccount } from '../../../lib/privacy/delete-my-account'

export default defineHandler({
  POST: async (ctx): Promise<TDeleteAccountResponse> => deleteMyAccount(requireSession(ctx), parseInput(ZDeleteAccountRequest, ctx.req.body)),
})
