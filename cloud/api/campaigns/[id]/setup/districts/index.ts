import { ZCampaignSetupRequest, ZDistrictInput, type TCampaignSetup } from '../../../../../../types/api/campaign-setup'
import { addDistrict } from '../../../../../lib/campaign-setup/add-district'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** POST a district (县区 / 功能板块 / 部门 / 其他). */
export default defineHandler({
  POST: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return addDistrict(session, id, parseInput(ZDistrictInput, ctx.req.body))
  },
})
