/**
 * "2019肇庆市“学雷锋全民志愿服务行动月”活动开展情况统计表": the notice's title, with the campaign's own
 * year, city and name of the month (read off its title), so another city's table is not called 肇庆's.
 */
export function tableTitle(campaign: { year: number; city: string; title: string }): string {
  const month = /学雷锋[\u4e00-\u9fa5]*?(行动月|服务月|活动月)/.exec(campaign.title)?.[0]
  if (month) return `${campaign.year}${campaign.city}“${month}”活动开展情况统计表`
  // A campaign named "…学雷锋志愿服务集中活动" would otherwise read "…活动”活动开展情况…".
  const activity = /学雷锋[\u4e00-\u9fa5]*?活动/.exec(campaign.title)?.[0]
  if (activity) return `${campaign.year}${campaign.city}“${activity}”开展情况统计表`
  return `${campaign.year}${campaign.city}“学雷锋志愿服务”活动开展情况统计表`
}
