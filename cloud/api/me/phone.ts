import { ZWechatPhoneRequest, type TMeResponse } from '../../../types/api/auth'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import { savePhoneFromWechat } from '../../lib/profile/phone-from-wechat'

export default defineHandler({
  POST: async (ctx): Promise<TMeResponse> => savePhoneFromWechat(requireSession(ctx), parseInput(ZWechatPhoneRequest, ctx.req.body)),
})
