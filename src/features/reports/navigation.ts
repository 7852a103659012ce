import Taro from '@tarojs/taro'

/** The unit's report for one report/status_report deadline (晋城 3月19日 / 7月19日 / 11月19日, 兰州 10月10日). */
export const REPORT_PATH = '/package-unit/reports/index'

export function openReport(unitId: string, deadlineId: string): void {
  void Taro.navigateTo({
    url: `${REPORT_PATH}?unitId=${encodeURIComponent(unitId)}&deadlineId=${encodeURIComponent(deadlineId)}`,
  })
}
