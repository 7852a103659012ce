import { ZDistrictInput, ZDistrictParams, type TCampaignSetup } from '../../../../../../types/api/campaign-setup'
import { deleteCampaignDistrict } from '../../../../../lib/campaign-setup/delete-district'
import { updateCampaignDistrict } from '../../../../../lib/campaign-setup/update-district'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** PUT renames a district or changes its kind; DELETE removes an empty one. */
export default defineHandler({
  PUT: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id, districtId } = parseInput(ZDistrictParams, { id: ctx.req.query.id, districtId: ctx.req.query.districtId })
    return updateCampaignDistrict(session, id, districtId, parseInput(ZDistrictInput, ctx.req.body))
  },
  DELETE: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id, districtId } = parseInput(ZDistrictParams, { id: ctx.req.query.id, districtId: ctx.req.query.districtId })
    return deleteCampaignDistrict(session, id, districtId)
  },
})
