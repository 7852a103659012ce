import { ZRemoveShowcasePictureRequest, type TShowcaseApplication } from '../../../../../types/api/showcase'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { removeShowcasePicture } from '../../../../lib/showcase/remove-showcase-picture'

export default defineHandler({
  DELETE: async (ctx): Promise<TShowcaseApplication> =>
    removeShowcasePicture(
      requireSession(ctx),
      parseInput(ZRemoveShowcasePictureRequest, { id: ctx.req.query.id, pictureId: ctx.req.query.pictureId }),
    ),
})
