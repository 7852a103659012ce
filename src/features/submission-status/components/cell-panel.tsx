import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { StateView } from '../../../shared/ui/state-view'
import { useStatusCell, type TOpenCell } from '../hooks/use-status-cell'
import { CellDetailView } from './cell-detail-view'
import './status.scss'

interface CellPanelProps {
  campaignId: string
  desk: boolean
  open: TOpenCell | null
  onClose: () => void
  /** Something was returned, accepted or reminded: the matrix reloads too. */
  onChanged: () => void
}

/** The opened cell: a panel at the right on a desk (the table stays in view), a sheet on a phone. */
export function CellPanel({ campaignId, desk, open, onClose, onChanged }: CellPanelProps) {
  const state = useStatusCell(campaignId, open)
  if (!open) return null
  const data = state.data && state.data.unit.id === open.unitId && state.data.column.deadlineId === open.deadlineId ? state.data : undefined
  const title = data ? `${data.unit.name} · ${data.column.label}` : '报送详情'
  const changed = () => {
    void state.reload()
    onChanged()
  }
  const body = state.error ? (
    <StateView kind='error' title='打不开这一项' description={state.error} actionText='重新加载' onAction={state.reload} />
  ) : !data ? (
    <View className='status-side__loading'>
      <Skeleton rows={6} animated />
    </View>
  ) : (
    <CellDetailView campaignId={campaignId} data={data} onChanged={changed} />
  )
  if (!desk) {
    return (
      <BottomSheet open title={title} onClose={onClose} className='status-sheet'>
        {body}
      </BottomSheet>
    )
  }
  return (
    <View className='status-side cell-panel'>
      <View className='status-side__head'>
        <Text className='status-side__title'>{title}</Text>
        <Text className='status-side__close' onClick={onClose}>
          ×
        </Text>
      </View>
      <View className='status-side__body'>{body}</View>
    </View>
  )
}
