import Taro from '@tarojs/taro'

/** The unit's 附件1 启动仪式现场展示项目申报 page (list of its projects, the form, pictures, export). */
export const SHOWCASE_PATH = '/package-unit/showcase/index'

export function openShowcase(unitId: string, applicationId?: string): void {
  const query = `unitId=${encodeURIComponent(unitId)}` + (applicationId ? `&id=${encodeURIComponent(applicationId)}` : '')
  void Taro.navigateTo({ url: `${SHOWCASE_PATH}?${query}` })
}
