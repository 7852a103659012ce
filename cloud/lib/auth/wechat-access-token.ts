import { z } from 'zod'
import { AppError } from '../errors/app-error'

const ZTokenResponse = z.object({
  access_token: z.string().optional(),
  expires_in: z.number().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
})

let cached: { token: string; expiresAt: number } | undefined

/** The mini-program's server access_token (client_credential), cached until 5 minutes before it expires. */
export async function getWechatAccessToken(credentials: { appid: string; secret: string }, fetchImpl: typeof fetch = fetch): Promise<string> {
  if (cached && cached.expiresAt > Date.now()) return cached.token
  const url = new URL('https://api.weixin.qq.com/cgi-bin/token')
  url.search = new URLSearchParams({ grant_type: 'client_credential', appid: credentials.appid, secret: credentials.secret }).toString()
  let payload: unknown
  try {
    payload = await (await fetchImpl(url, { signal: AbortSignal.timeout(5000) })).json()
  } catch (error) {
    throw new AppError('service_unavailable', { cause: error, detail: 'wechat token endpoint unreachable' })
  }
  const parsed = ZTokenResponse.safeParse(payload)
  if (!parsed.success || !parsed.data.access_token) {
    throw new AppError('service_unavailable', { detail: `wechat token: ${parsed.success ? (parsed.data.errmsg ?? '') : 'unparseable'}` })
  }
  cached = { token: parsed.data.access_token, expiresAt: Date.now() + ((parsed.data.expires_in ?? 7200) - 300) * 1000 }
  return cached.token
}
