import Taro from '@tarojs/taro'

export const NOTIFICATIONS_PATH = '/package-volunteer/notifications/index'

export function openNotifications(): void {
  void Taro.navigateTo({ url: NOTIFICATIONS_PATH })
}
