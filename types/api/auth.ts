import { z } from 'zod'
import { ZRole } from '../domain'
import { ZUuid } from './common'

export const ZMembership = z.object({
  campaignId: ZUuid,
  campaignTitle: z.string(),
  role: ZRole,
  unitId: ZUuid.nullable(),
  unitName: z.string().nullable(),
})
export type TMembership = z.infer<typeof ZMembership>

export const ZSessionUser = z.object({
  id: ZUuid,
  displayName: z.string(),
  isDemo: z.boolean(),
  memberships: z.array(ZMembership),
})
export type TSessionUser = z.infer<typeof ZSessionUser>

/** What every login returns: our own signed session token and who it belongs to. */
export const ZSessionResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: ZSessionUser,
})
export type TSessionResponse = z.infer<typeof ZSessionResponse>

/** POST /api/auth/wechat — the code from Taro.login / wx.login. */
export const ZWechatLoginRequest = z.object({
  code: z.string().trim().min(1, '缺少登录凭证 code').max(128),
})
export type TWechatLoginRequest = z.infer<typeof ZWechatLoginRequest>

/** GET /api/auth/demo-accounts — only without WeChat credentials and never in production. */
export const ZDemoAccount = z.object({
  userId: ZUuid,
  displayName: z.string(),
  role: ZRole,
  description: z.string(),
})
export const ZDemoAccountsResponse = z.object({ items: z.array(ZDemoAccount) })
export type TDemoAccountsResponse = z.infer<typeof ZDemoAccountsResponse>

/** POST /api/auth/demo-login */
export const ZDemoLoginRequest = z.object({ userId: ZUuid })
export type TDemoLoginRequest = z.infer<typeof ZDemoLoginRequest>

/** POST /api/auth/join — a unit contact or organiser joins with an invite code. */
export const ZJoinRequest = z.object({
  inviteCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,12}$/, '邀请码为 6–12 位字母或数字'),
})
export type TJoinRequest = z.infer<typeof ZJoinRequest>

/** GET /api/me */
export const ZMeResponse = z.object({ user: ZSessionUser })
export type TMeResponse = z.infer<typeof ZMeResponse>
