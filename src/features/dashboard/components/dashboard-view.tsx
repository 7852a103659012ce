import { View } from '@tarojs/components'
import { useMemo } from 'react'
import type { TDashboardResponse } from '../../../../types/api/dashboard'
import { dashboardPanels } from '../chart-data'
import { DashboardHeader } from './dashboard-header'
import { DashboardPanelCard } from './dashboard-panel'
import './dashboard.scss'

interface DashboardViewProps {
  data: TDashboardResponse
  districtId: string | null
  onPickDistrict: (districtId: string | null) => void
  /** A newer request (another district) is on its way: the figures shown are about to change. */
  stale: boolean
}

/** 数据看板: stacked cards on a phone, a grid of cards on a desk (≥ 1024 px). */
export function DashboardView({ data, districtId, onPickDistrict, stale }: DashboardViewProps) {
  const panels = useMemo(() => dashboardPanels(data), [data])
  const scope = data.districtId ? (data.districts.find((d) => d.id === data.districtId)?.name ?? '') : data.role === 'organiser' ? '全部区县' : '本区县'
  return (
    <View className={`dashboard${stale ? ' dashboard--stale' : ''}`}>
      <DashboardHeader data={data} districtId={districtId} onPickDistrict={onPickDistrict} />
      <View className='dashboard__grid'>
        {panels.map((panel) => (
          <DashboardPanelCard key={panel.key} panel={panel} scope={scope} />
        ))}
      </View>
    </View>
  )
}
