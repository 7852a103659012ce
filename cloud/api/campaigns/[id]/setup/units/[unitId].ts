import { ZUnitInput, ZUnitParams, type TCampaignSetup } from '../../../../../../types/api/campaign-setup'
import { deleteCampaignUnit } from '../../../../../lib/campaign-setup/delete-unit'
import { updateCampaignUnit } from '../../../../../lib/campaign-setup/update-unit'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** PUT renames, retypes or moves a unit; DELETE removes one nothing hangs on yet. */
export default defineHandler({
  PUT: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id, unitId } = parseInput(ZUnitParams, { id: ctx.req.query.id, unitId: ctx.req.query.unitId })
    return updateCampaignUnit(session, id, unitId, parseInput(ZUnitInput, ctx.req.body))
  },
  DELETE: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id, unitId } = parseInput(ZUnitParams, { id: ctx.req.query.id, unitId: ctx.req.query.unitId })
    return deleteCampaignUnit(session, id, unitId)
  },
})
