import { Text, View } from '@tarojs/components'
import type { TDashboardPanel } from '../chart-data'
import { DashboardChart } from './dashboard-chart'
import { FigureTable } from './figure-table'

/** One card: a chart and, beside it (below on a phone), the same figures as a table. */
export function DashboardPanelCard({ panel, scope }: { panel: TDashboardPanel; scope: string }) {
  return (
    <View className={`dashboard-panel dashboard-panel--${panel.key}`}>
      <Text className='dashboard-panel__title'>{panel.title}</Text>
      <View className='dashboard-panel__body'>
        <View className='dashboard-panel__chart'>
          {panel.chart ? (
            <DashboardChart id={`dashboard-chart-${panel.key}`} spec={panel.chart} height={panel.height} label={`${panel.title}（${scope}），数字见旁边的表格`} />
          ) : (
            <View className='dashboard-panel__empty'>
              <Text>暂无数据</Text>
            </View>
          )}
        </View>
        <View className='dashboard-panel__table'>
          <FigureTable table={panel.table} />
        </View>
      </View>
    </View>
  )
}
