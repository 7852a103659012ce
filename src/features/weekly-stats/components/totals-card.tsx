import { Text, View } from '@tarojs/components'
import { formatHours, formatYuan, type TStatsTotals } from '../../../../types/weekly-stats'
import './weekly-stats.scss'

/** The 合计 rows of both tables, recomputed as the contact types. */
export function TotalsCard({ totals, activityCount, periodLabel }: { totals: TStatsTotals; activityCount: number; periodLabel: string }) {
  const cells: Array<[string, string, boolean]> = [
    ['参与志愿者人次', String(totals.volunteerCount), true],
    ['志愿服务组织数量', String(totals.organisationCount), true],
    ['累计志愿服务时数', formatHours(totals.serviceHours), true],
    ['服务人次', String(totals.servedCount), false],
    ['投入资金及物料（元）', formatYuan(totals.fundsYuan), false],
  ]
  return (
    <View className='stats-totals'>
      <View className='stats-totals__head'>
        <Text className='stats-totals__title'>合计</Text>
        <Text className='stats-totals__period'>
          {periodLabel} · {activityCount} 项活动
        </Text>
      </View>
      <View className='stats-totals__grid'>
        {cells.map(([label, value, computed]) => (
          <View key={label} className={`stats-total${computed ? ' stats-total--computed' : ''}`}>
            <Text className='stats-total__value' data-total={label}>
              {value}
            </Text>
            <Text className='stats-total__label'>{label}</Text>
          </View>
        ))}
      </View>
      <Text className='stats-totals__media'>
        媒体宣传：纸媒 {totals.printReports} 条 · 网站 {totals.webReports} 条 · 链接 {totals.linkCount} 条 · 阅读 {totals.readCount} 次
      </Text>
      <Text className='stats-totals__note'>人次、组织数量和时数来自签到数据，不能手动填写</Text>
    </View>
  )
}
