import UCharts from '@qiun/ucharts'
import { Text } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { TChartSurface } from '../../../shared/chart-canvas'
import { ChartCanvas } from '../../../shared/ui/chart-canvas'
import type { TChartSpec } from '../chart-data'
import { uChartsOptions } from '../chart-options'

interface DashboardChartProps {
  id: string
  spec: TChartSpec
  height: number
  label: string
}

/** One chart drawn by uCharts; if it cannot draw, says so (the table beside it has the figures). */
export function DashboardChart({ id, spec, height, label }: DashboardChartProps) {
  const [failed, setFailed] = useState(false)
  const draw = useCallback(
    (surface: TChartSurface) => {
      try {
        // uCharts draws as it is constructed; nothing to keep (no touch tooltips: the table is the reading aid).
        new UCharts({ ...uChartsOptions(spec, surface), context: surface.context })
      } catch {
        setFailed(true)
      }
    },
    [spec],
  )
  if (failed) return <Text className='dashboard-chart__failed'>图表无法绘制，请看下表中的数字。</Text>
  return <ChartCanvas id={id} height={height} label={label} onDraw={draw} />
}
