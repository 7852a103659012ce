import { ZCampaignSetupRequest, ZCreateUnitImportRequest, type TUnitImportPreview } from '../../../../../../types/api/campaign-setup'
import { previewUnitImport } from '../../../../../lib/campaign-setup/preview-unit-import'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** POST an uploaded unit-list workbook: the preview (nothing is created yet). */
export default defineHandler({
  POST: async (ctx): Promise<TUnitImportPreview> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return previewUnitImport(session, id, parseInput(ZCreateUnitImportRequest, ctx.req.body))
  },
})
