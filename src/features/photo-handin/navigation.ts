import Taro from '@tarojs/taro'

/** The unit's photo hand-in (提交本单位照片), in the weapp subpackage package-unit. */
export const PHOTO_HANDIN_PATH = '/package-unit/photo-handin/index'

export function openPhotoHandin(unitId: string): void {
  void Taro.navigateTo({ url: `${PHOTO_HANDIN_PATH}?unitId=${encodeURIComponent(unitId)}` })
}
