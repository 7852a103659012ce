import Taro from '@tarojs/taro'

/** The unit contact's activity form (new or edit), in the package-unit subpackage. */
export const ACTIVITY_EDIT_PATH = '/package-unit/activity-edit/index'

/** A new activity for the given unit (附件2 row). */
export function openNewActivity(unitId: string): void {
  void Taro.navigateTo({ url: `${ACTIVITY_EDIT_PATH}?unitId=${encodeURIComponent(unitId)}` })
}

/** Edit (or withdraw) one of the unit's activities, drafts included. */
export function openEditActivity(activityId: string): void {
  void Taro.navigateTo({ url: `${ACTIVITY_EDIT_PATH}?id=${encodeURIComponent(activityId)}` })
}
