import Taro from '@tarojs/taro'

export const PRIVACY_PATH = '/package-volunteer/privacy/index'

/** 个人信息与隐私: the notice for anyone, the person's own consents, export and deletion once signed in. */
export function openPrivacy(): void {
  void Taro.navigateTo({ url: PRIVACY_PATH })
}
