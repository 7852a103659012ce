import Taro from '@tarojs/taro'

export const MY_HOURS_PATH = '/package-volunteer/hours/index'
export const CERTIFICATE_PATH = '/package-volunteer/certificate/index'

export function openMyHours(): void {
  void Taro.navigateTo({ url: MY_HOURS_PATH })
}

export function openCertificate(): void {
  void Taro.navigateTo({ url: CERTIFICATE_PATH })
}
