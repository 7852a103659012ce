import { ZCampaignSetupRequest, ZContactsInput, type TCampaignSetup } from '../../../../../types/api/campaign-setup'
import { replaceCampaignContacts } from '../../../../lib/campaign-setup/replace-campaign-contacts'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

/** PUT the campaign's 联系人 as a whole, in order. */
export default defineHandler({
  PUT: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return replaceCampaignContacts(session, id, parseInput(ZContactsInput, ctx.req.body))
  },
})
