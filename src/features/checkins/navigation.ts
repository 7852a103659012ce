import Taro from '@tarojs/taro'

/** The unit contact's 签到管理 page (rotating code + roster), in the weapp subpackage package-manage. */
export const CHECKIN_MANAGE_PATH = '/package-manage/checkin/index'

export function openCheckinManage(activityId: string): void {
  void Taro.navigateTo({ url: `${CHECKIN_MANAGE_PATH}?id=${encodeURIComponent(activityId)}` })
}
