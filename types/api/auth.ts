import { z } from 'zod'
import { ZRole } from '../domain'
import { ZTimestamp, ZUuid } from './common'

export const ZMembership = z.object({
  campaignId: ZUuid,
  campaignTitle: z.string(),
  /** The campaign's theme (践行二十大·志愿我先行): what 我的 names it by, the title only when there is none. */
  campaignTheme: z.string().nullable(),
  role: ZRole,
  unitId: ZUuid.nullable(),
  unitName: z.string().nullable(),
  /** A district admin's district (县区 / 功能板块); null for every other role. */
  districtId: ZUuid.nullable(),
  districtName: z.string().nullable(),
})
export type TMembership = z.infer<typeof ZMembership>

/** What sign-up needs: real name and phone (PIPL: shown masked to the person themself). */
export const ZProfile = z.object({
  realName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  /** Whether the current privacy notice was accepted. */
  hasConsent: z.boolean(),
  complete: z.boolean(),
})
export type TProfile = z.infer<typeof ZProfile>

export const ZSessionUser = z.object({
  id: ZUuid,
  displayName: z.string(),
  isDemo: z.boolean(),
  memberships: z.array(ZMembership),
  profile: ZProfile,
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

/** POST /api/auth/join — a unit contact, organiser or district admin joins with an invite code. */
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

/** PUT /api/me/profile — first sign-up: real name, a typed phone, and explicit consent. */
export const ZUpdateProfileRequest = z.object({
  realName: z
    .string()
    .trim()
    .min(2, '请输入真实姓名（至少 2 个字）')
    .max(20, '姓名最多 20 个字')
    .regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字、字母和 ·'),
  phone: z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号'),
  /** Must be true: the person ticked 我已阅读并同意《隐私说明》. */
  consent: z.literal(true, { errorMap: () => ({ message: '请先阅读并同意隐私说明' }) }),
  policyVersion: z.string().min(1),
})
export type TUpdateProfileRequest = z.infer<typeof ZUpdateProfileRequest>

/** POST /api/me/phone — weapp: the code from <Button openType="getPhoneNumber">, exchanged server-side. */
export const ZWechatPhoneRequest = z.object({
  code: z.string().trim().min(1).max(128),
  realName: ZUpdateProfileRequest.shape.realName,
  consent: ZUpdateProfileRequest.shape.consent,
  policyVersion: z.string().min(1),
})
export type TWechatPhoneRequest = z.infer<typeof ZWechatPhoneRequest>

/** POST /api/auth/sign-out-everywhere — 退出所有设备: every token issued so far stops working, this one too. */
export const ZSignOutEverywhereResponse = z.object({ signedOutAt: ZTimestamp })
export type TSignOutEverywhereResponse = z.infer<typeof ZSignOutEverywhereResponse>
