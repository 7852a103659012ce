import Taro from '@tarojs/taro'

export const ACTIVITY_DETAIL_PATH = '/pages/activity/index'

export function openActivity(id: string): void {
  void Taro.navigateTo({ url: `${ACTIVITY_DETAIL_PATH}?id=${encodeURIComponent(id)}` })
}
