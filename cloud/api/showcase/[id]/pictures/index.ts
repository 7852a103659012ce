import { ZAddShowcasePictureRequest, ZReorderShowcasePicturesRequest, type TShowcaseApplication } from '../../../../../types/api/showcase'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { addShowcasePicture } from '../../../../lib/showcase/add-showcase-picture'
import { reorderShowcasePictures } from '../../../../lib/showcase/reorder-showcase-pictures'

export default defineHandler({
  POST: async (ctx): Promise<TShowcaseApplication> =>
    addShowcasePicture(requireSession(ctx), parseInput(ZAddShowcasePictureRequest, { ...ctx.req.body, id: ctx.req.query.id })),
  PUT: async (ctx): Promise<TShowcaseApplication> =>
    reorderShowcasePictures(requireSession(ctx), parseInput(ZReorderShowcasePicturesRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
