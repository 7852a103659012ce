import { ZConsoleHomeRequest, type TConsoleHomeResponse } from '../../../../types/api/organiser-console'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { getConsoleHome } from '../../../lib/organiser-console/get-console-home'

export default defineHandler({
  GET: async (ctx): Promise<TConsoleHomeResponse> =>
    getConsoleHome(requireSession(ctx), parseInput(ZConsoleHomeRequest, { id: ctx.req.query.id }).id),
})
