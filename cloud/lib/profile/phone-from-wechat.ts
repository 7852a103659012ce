import { z } from 'zod'
import type { TMeResponse, TWechatPhoneRequest } from '../../../types/api/auth'
import type { TSessionClaims } from '../auth/session-token'
import { getWechatAccessToken } from '../auth/wechat-access-token'
import { requireEnv } from '../config/env'
import { AppError } from '../errors/app-error'
import { updateProfile } from './update-profile'

const ZPhoneResponse = z.object({
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
  phone_info: z.object({ purePhoneNumber: z.string(), countryCode: z.string() }).optional(),
})

/** weapp: the phone-number button's code, exchanged with WeChat (getuserphonenumber) for the number. */
export async function savePhoneFromWechat(session: TSessionClaims, request: TWechatPhoneRequest, fetchImpl: typeof fetch = fetch): Promise<TMeResponse> {
  const { WECHAT_APPID, WECHAT_SECRET } = requireEnv()
  if (!WECHAT_APPID || !WECHAT_SECRET) throw new AppError('wechat_login_unavailable')
  const token = await getWechatAccessToken({ appid: WECHAT_APPID, secret: WECHAT_SECRET }, fetchImpl)
  let payload: unknown
  try {
    const response = await fetchImpl(`https://api.weixin.qq.com/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: request.code }),
      signal: AbortSignal.timeout(5000),
    })
    payload = await response.json()
  } catch (error) {
    throw new AppError('phone_unavailable', { cause: error })
  }
  const parsed = ZPhoneResponse.safeParse(payload)
  const phone = parsed.success ? parsed.data.phone_info : undefined
  if (!phone || phone.countryCode !== '86' || !/^1[3-9]\d{9}$/.test(phone.purePhoneNumber)) {
    throw new AppError('phone_unavailable', { detail: parsed.success ? `errcode ${parsed.data.errcode ?? ''}` : 'unparseable' })
  }
  return updateProfile(session, { realName: request.realName, phone: phone.purePhoneNumber, policyVersion: request.policyVersion })
}
