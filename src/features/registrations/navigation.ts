import Taro from '@tarojs/taro'

export const MY_ACTIVITIES_PATH = '/package-volunteer/my-activities/index'

export function openMyActivities(): void {
  void Taro.navigateTo({ url: MY_ACTIVITIES_PATH })
}
