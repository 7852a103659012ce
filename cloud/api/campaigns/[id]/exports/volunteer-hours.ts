import { ZVolunteerHoursExportRequest } from '../../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../../types/api/common'
import { exportVolunteerHours } from '../../../../lib/campaign-exports/export-volunteer-hours'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> =>
    exportVolunteerHours(requireSession(ctx), parseInput(ZVolunteerHoursExportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
