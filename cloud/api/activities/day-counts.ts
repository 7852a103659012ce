import { ZDayCountsRequest, type TDayCountsResponse } from '../../../types/api/activities'
import { countActivitiesPerDay } from '../../lib/activities/repository'
import { withUserTx } from '../../lib/db/transaction'
import { defineHandler } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  GET: async ({ req, session }): Promise<TDayCountsResponse> => {
    const request = parseInput(ZDayCountsRequest, req.query)
    return withUserTx(session, async (tx) => ({ days: await countActivitiesPerDay(tx, request) }))
  },
})
