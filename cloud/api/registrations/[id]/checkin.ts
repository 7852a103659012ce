import { ZCorrectCheckinRequest, type TCorrectCheckinRequest } from '../../../../types/api/checkins'
import { ZRegistrationIdRequest } from '../../../../types/api/registrations'
import { correctCheckIn } from '../../../lib/checkins/correct-check-in'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  PATCH: async (ctx) => {
    const { id } = parseInput(ZRegistrationIdRequest, { id: ctx.req.query.id })
    const request: TCorrectCheckinRequest = parseInput(ZCorrectCheckinRequest, ctx.req.body)
    return correctCheckIn(requireSession(ctx), id, request)
  },
})
