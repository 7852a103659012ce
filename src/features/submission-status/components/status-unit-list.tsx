import { Text, View } from '@tarojs/components'
import { STATUS_CELL_LABELS, type TStatusColumn, type TStatusUnit } from '../../../../types/api/submission-status'
import type { TOpenCell } from '../hooks/use-status-cell'
import './status.scss'

interface StatusUnitListProps {
  columns: TStatusColumn[]
  units: TStatusUnit[]
  onOpen: (cell: TOpenCell) => void
}

/** The phone's matrix: a card per unit, its deliverables as rows of name, state and figure. */
export function StatusUnitList({ columns, units, onOpen }: StatusUnitListProps) {
  return (
    <View className='status-list'>
      {units.map((unit) => (
        <View key={unit.id} className='status-unit'>
          <View className='status-unit__head'>
            <Text className='status-unit__name'>{unit.name}</Text>
            <Text className='status-unit__sub'>
              {unit.districtName ?? '未分区'}
              {unit.contacts === 0 ? ' · 无联系人' : ''}
            </Text>
          </View>
          {unit.cells.map((cell, i) => {
            const column = columns[i]!
            return (
              <View
                key={column.key}
                className='status-unit__row'
                hoverClass='status-unit__row--pressed'
                onClick={() => onOpen({ unitId: unit.id, deadlineId: column.deadlineId })}
              >
                <Text className='status-unit__label'>{column.label}</Text>
                <View className='status-unit__value'>
                  {cell.note ? <Text className='status-unit__note'>{cell.note}</Text> : null}
                  {cell.late ? <Text className='status-cell__mark status-cell__mark--late'>迟交</Text> : null}
                  {cell.remindedAt ? <Text className='status-cell__mark'>已提醒</Text> : null}
                  <Text className={`status-pill status-pill--${cell.state}`}>{STATUS_CELL_LABELS[cell.state]}</Text>
                </View>
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}
