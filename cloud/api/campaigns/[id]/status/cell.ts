import { ZStatusCellRequest, type TStatusCellResponse } from '../../../../../types/api/submission-status'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { getStatusCell } from '../../../../lib/submission-status/get-status-cell'

export default defineHandler({
  GET: async (ctx): Promise<TStatusCellResponse> => {
    const { id, unitId, deadlineId } = ctx.req.query
    return getStatusCell(requireSession(ctx), parseInput(ZStatusCellRequest, { id, unitId, deadlineId }))
  },
})
