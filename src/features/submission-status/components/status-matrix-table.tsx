import { Text, View } from '@tarojs/components'
import type { TStatusColumn, TStatusUnit } from '../../../../types/api/submission-status'
import { formatDue } from '../format-due'
import type { TOpenCell } from '../hooks/use-status-cell'
import { CellBadge } from './cell-badge'
import './status.scss'

interface StatusMatrixTableProps {
  columns: TStatusColumn[]
  units: TStatusUnit[]
  open: TOpenCell | null
  onOpen: (cell: TOpenCell) => void
  /** A header opens that column alone (its 逾期 units can then be reminded at once). */
  onPickColumn: (key: string) => void
}

/**
 * The desk's matrix: units down, deliverables across, in a box that scrolls both ways while the
 * header row and the unit column stay in place (position: sticky). Every cell opens its panel.
 */
export function StatusMatrixTable({ columns, units, open, onOpen, onPickColumn }: StatusMatrixTableProps) {
  return (
    <View className='status-table' ariaRole='table' ariaLabel='各单位报送情况'>
      <View className='status-table__row status-table__row--head' ariaRole='row'>
        <View className='status-table__corner' ariaRole='columnheader'>
          <Text>单位</Text>
        </View>
        {columns.map((column) => (
          <View key={column.key} className='status-table__th' ariaRole='columnheader' hoverClass='status-table__th--hover' onClick={() => onPickColumn(column.key)}>
            <Text className='status-table__th-label'>{column.label}</Text>
            <Text className='status-table__th-due'>{column.dueAt ? formatDue(column.dueAt) : '按指标'}</Text>
            <Text className='status-table__th-count'>{describeColumnCounts(column)}</Text>
          </View>
        ))}
      </View>
      {units.map((unit) => (
        <View key={unit.id} className='status-table__row' ariaRole='row'>
          <View className='status-table__unit' ariaRole='rowheader'>
            <Text className='status-table__unit-name'>{unit.name}</Text>
            <Text className='status-table__unit-sub'>
              {unit.districtName ?? '未分区'}
              {unit.contacts === 0 ? ' · 无联系人' : ''}
            </Text>
          </View>
          {unit.cells.map((cell, i) => {
            const column = columns[i]!
            const active = open?.unitId === unit.id && open.deadlineId === column.deadlineId
            return (
              <View
                key={column.key}
                className={`status-table__td${active ? ' status-table__td--open' : ''}`}
                ariaRole='cell'
                hoverClass='status-table__td--hover'
                onClick={() => onOpen({ unitId: unit.id, deadlineId: column.deadlineId })}
              >
                <CellBadge cell={cell} />
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}

/** "逾期 12 · 已退回 2" — what needs chasing in the column; "全部已交" when nothing does. */
export function describeColumnCounts(column: TStatusColumn): string {
  const c = column.counts
  if (column.kind === 'key_activities') return c.short ? `不足 ${c.short}` : '全部达标'
  const parts: string[] = []
  if (c.overdue) parts.push(`逾期 ${c.overdue}`)
  if (c.returned) parts.push(`退回 ${c.returned}`)
  const open = (c.not_started ?? 0) + (c.draft ?? 0)
  if (open) parts.push(`未交 ${open}`)
  return parts.length > 0 ? parts.join(' · ') : '全部已交'
}
