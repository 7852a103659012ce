import { ZGetActivityRequest } from '../../../../types/api/activities'
import type { TRosterResponse } from '../../../../types/api/checkins'
import { canManageActivity, findRoster } from '../../../lib/checkins/repository'
import { withUserTx } from '../../../lib/db/transaction'
import { AppError } from '../../../lib/errors/app-error'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TRosterResponse> => {
    const { id } = parseInput(ZGetActivityRequest, { id: ctx.req.query.id })
    return withUserTx(requireSession(ctx), async (tx) => {
      if (!(await canManageActivity(tx, id))) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以查看报名名单' })
      return { items: await findRoster(tx, id) }
    })
  },
})
