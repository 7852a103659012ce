import Taro from '@tarojs/taro'

/** The unit contact's 附件2 page: import the Excel table, export it, submit it (package-unit subpackage). */
export const ARRANGEMENT_PATH = '/package-unit/arrangement/index'

export function openArrangement(unitId: string): void {
  void Taro.navigateTo({ url: `${ARRANGEMENT_PATH}?unitId=${encodeURIComponent(unitId)}` })
}
