import { ZGetUnitHomeRequest, type TUnitHomeResponse } from '../../../../types/api/unit-home'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { getUnitHome } from '../../../lib/unit-home/get-unit-home'

export default defineHandler({
  GET: async (ctx): Promise<TUnitHomeResponse> =>
    getUnitHome(requireSession(ctx), parseInput(ZGetUnitHomeRequest, { id: ctx.req.query.id }).id),
})
