import { Text, View } from '@tarojs/components'
import { STATUS_CELL_LABELS, type TStatusCell } from '../../../../types/api/submission-status'
import './status.scss'

/**
 * A cell's state as a word on its colour (never colour alone), the figure behind it, and marks for
 * a late submission and a reminder already sent.
 */
export function CellBadge({ cell, compact = false }: { cell: TStatusCell; compact?: boolean }) {
  return (
    <View className={`status-cell status-cell--${cell.state}${compact ? ' status-cell--compact' : ''}`}>
      <Text className='status-cell__state'>{STATUS_CELL_LABELS[cell.state]}</Text>
      {cell.note && !compact ? <Text className='status-cell__note'>{cell.note}</Text> : null}
      {cell.late || cell.remindedAt ? (
        <View className='status-cell__marks'>
          {cell.late ? <Text className='status-cell__mark status-cell__mark--late'>迟交</Text> : null}
          {cell.remindedAt ? <Text className='status-cell__mark'>已提醒</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
