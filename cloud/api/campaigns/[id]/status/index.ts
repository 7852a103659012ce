import { ZStatusRequest, type TStatusResponse } from '../../../../../types/api/submission-status'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { getStatusMatrix } from '../../../../lib/submission-status/get-status-matrix'

export default defineHandler({
  GET: async (ctx): Promise<TStatusResponse> => {
    const { id, districtId, state, deliverable, q } = ctx.req.query
    return getStatusMatrix(requireSession(ctx), parseInput(ZStatusRequest, { id, districtId, state, deliverable, q }))
  },
})
