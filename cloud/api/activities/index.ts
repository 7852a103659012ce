import { ZListActivitiesRequest, type TListActivitiesResponse } from '../../../types/api/activities'
import { listActivities } from '../../lib/activities/list-activities'
import { withUserTx } from '../../lib/db/transaction'
import { defineHandler } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  GET: async ({ req, session }): Promise<TListActivitiesResponse> => {
    const request = parseInput(ZListActivitiesRequest, req.query)
    return withUserTx(session, (tx) => listActivities(tx, request))
  },
})
