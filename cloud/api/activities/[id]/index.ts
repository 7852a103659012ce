import { ZActivityLinkRequest, type TActivityDetail } from '../../../../types/api/activities'
import { getActivity } from '../../../lib/activities/get-activity'
import { defineHandler } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async ({ req, session }): Promise<TActivityDetail> => getActivity(session, parseInput(ZActivityLinkRequest, { id: req.query.id }).id),
})
