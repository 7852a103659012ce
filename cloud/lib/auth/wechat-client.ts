import { z } from 'zod'
import { AppError } from '../errors/app-error'

const ZCode2SessionResponse = z.object({
  openid: z.string().optional(),
  unionid: z.string().optional(),
  session_key: z.string().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
})

export type TWechatIdentity = { openid: string; unionid: string | null }
export type TExchangeCode = (code: string) => Promise<TWechatIdentity>

/**
 * WeChat's code2session: exchanges the code from wx.login for the user's openid. The session_key
 * is not kept: this app needs no encrypted user data beyond what later consent flows ask for.
 */
export function createCode2Session(
  credentials: { appid: string; secret: string },
  fetchImpl: typeof fetch = fetch,
): TExchangeCode {
  return async (code) => {
    const url = new URL('https://api.weixin.qq.com/sns/jscode2session')
    url.search = new URLSearchParams({ appid: credentials.appid, secret: credentials.secret, js_code: code, grant_type: 'authorization_code' }).toString()
    let payload: unknown
    try {
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) })
      payload = await response.json()
    } catch (error) {
      throw new AppError('wechat_login_failed', { cause: error, detail: 'code2session unreachable' })
    }
    const parsed = ZCode2SessionResponse.safeParse(payload)
    if (!parsed.success) throw new AppError('wechat_login_failed', { detail: 'code2session answered something unexpected' })
    const { openid, unionid, errcode, errmsg } = parsed.data
    // 40029: invalid code, 40163: code already used — the client should call wx.login again.
    if (errcode === 40029 || errcode === 40163) {
      throw new AppError('validation_failed', { userMessage: '登录凭证已失效，请重新登录', detail: `code2session ${errcode}` })
    }
    if (errcode || !openid) throw new AppError('wechat_login_failed', { detail: `code2session ${errcode ?? ''} ${errmsg ?? ''}` })
    return { openid, unionid: unionid ?? null }
  }
}
