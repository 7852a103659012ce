import Taro from '@tarojs/taro'

/** The unit contact's weekly statistics page (肇庆 活动开展情况统计表, each Friday and the summary). */
export const WEEKLY_STATS_PATH = '/package-unit/weekly-stats/index'

/** Opens one return: a Friday's weekly statistics or the summary, by its campaign deadline. */
export function openWeeklyStats(unitId: string, deadlineId: string): void {
  void Taro.navigateTo({
    url: `${WEEKLY_STATS_PATH}?unitId=${encodeURIComponent(unitId)}&deadlineId=${encodeURIComponent(deadlineId)}`,
  })
}
