import { z } from 'zod'
import { ZUuid } from './common'

/** GET /api/app-config — what the mini-program needs before its first screen. */
export const ZAppConfigResponse = z.object({
  /** `wechat`: Taro.login + code2session. `demo`: the local demo login (never in production). */
  loginMode: z.enum(['wechat', 'demo']),
  /** The campaign the home page opens on: the running or next March campaign. */
  currentCampaignId: ZUuid.nullable(),
})
export type TAppConfigResponse = z.infer<typeof ZAppConfigResponse>
