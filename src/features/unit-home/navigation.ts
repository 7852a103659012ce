import Taro from '@tarojs/taro'

/** The unit contact's 单位工作台, in the weapp subpackage package-unit. */
export const UNIT_HOME_PATH = '/package-unit/home/index'

/** Without a unit id the page opens the caller's first unit (their unit_contact memberships). */
export function openUnitHome(unitId?: string): void {
  const query = unitId ? `?unitId=${encodeURIComponent(unitId)}` : ''
  void Taro.navigateTo({ url: `${UNIT_HOME_PATH}${query}` })
}
