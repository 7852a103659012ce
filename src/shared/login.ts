import Taro from '@tarojs/taro'
import { ZSessionResponse, type TSessionResponse } from '../../types/api/auth'
import { ApiError } from './api-error'
import { request } from './request'
import { clearToken } from './storage'

/**
 * Login adapters. Both answer with our own session (token + user); the session store keeps it.
 * WeChat login exists only inside the mini-program; the demo login only where the server offers it.
 */
export async function loginWithWechat(): Promise<TSessionResponse> {
  let code: string
  try {
    const result = await Taro.login()
    code = result.code
  } catch {
    throw new ApiError('wechat_login_failed', '微信登录失败，请重试', 0)
  }
  if (!code) throw new ApiError('wechat_login_failed', '未能获取微信登录凭证，请重试', 0)
  return request({ path: '/api/auth/wechat', method: 'POST', body: { code }, schema: ZSessionResponse })
}

export function loginAsDemoAccount(userId: string): Promise<TSessionResponse> {
  return request({ path: '/api/auth/demo-login', method: 'POST', body: { userId }, schema: ZSessionResponse })
}

export function logout(): void {
  clearToken()
}
