import { ZGetActivityRequest, type TActivityDetail } from '../../../../types/api/activities'
import { findActivityDetail } from '../../../lib/activities/repository'
import { withUserTx } from '../../../lib/db/transaction'
import { AppError } from '../../../lib/errors/app-error'
import { defineHandler } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async ({ req, session }): Promise<TActivityDetail> => {
    const { id } = parseInput(ZGetActivityRequest, { id: req.query.id })
    const activity = await withUserTx(session, (tx) => findActivityDetail(tx, id))
    if (!activity) throw new AppError('activity_not_found')
    return activity
  },
})
