import { ZWechatLoginRequest, type TSessionResponse } from '../../../types/api/auth'
import { loginWithWechat } from '../../lib/auth/login-with-wechat'
import { createCode2Session } from '../../lib/auth/wechat-client'
import { requireEnv } from '../../lib/config/env'
import { AppError } from '../../lib/errors/app-error'
import { defineHandler } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  POST: async ({ req, client }): Promise<TSessionResponse> => {
    const request = parseInput(ZWechatLoginRequest, req.body)
    const { WECHAT_APPID, WECHAT_SECRET } = requireEnv()
    if (!WECHAT_APPID || !WECHAT_SECRET) throw new AppError('wechat_login_unavailable')
    return loginWithWechat(request, createCode2Session({ appid: WECHAT_APPID, secret: WECHAT_SECRET }), client)
  },
})
