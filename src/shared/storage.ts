import Taro from '@tarojs/taro'

/** Storage adapter for the session token (wx storage in weapp, localStorage in H5). */
const TOKEN_KEY = 'xlf.session.token'

export function readToken(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(TOKEN_KEY)
    return typeof value === 'string' && value.length > 0 ? value : null
  } catch {
    return null
  }
}

export function saveToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token)
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY)
}
