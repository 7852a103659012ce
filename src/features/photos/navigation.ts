import Taro from '@tarojs/taro'

/** The unit contact's 活动照片 page (upload + check results), in the weapp subpackage package-manage. */
export const ACTIVITY_PHOTOS_PATH = '/package-manage/photos/index'

export function openActivityPhotos(activityId: string): void {
  void Taro.navigateTo({ url: `${ACTIVITY_PHOTOS_PATH}?id=${encodeURIComponent(activityId)}` })
}
