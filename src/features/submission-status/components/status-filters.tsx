import { Input, Picker, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { STATUS_CELL_LABELS, type TStatusCellState, type TStatusResponse } from '../../../../types/api/submission-status'
import type { TStatusFilters } from '../api/status-api'
import './status.scss'

const DEADLINE_STATES: TStatusCellState[] = ['overdue', 'not_started', 'draft', 'returned', 'submitted', 'accepted']
const KEY_STATES: TStatusCellState[] = ['short', 'met']

interface StatusFiltersProps {
  data: TStatusResponse
  filters: TStatusFilters
  onChange: (next: TStatusFilters) => void
}

/** 区县, 报送项 (one column), 状态 and part of a unit's name. */
export function StatusFilters({ data, filters, onChange }: StatusFiltersProps) {
  const districtNames = ['全部区县', ...data.districts.map((d) => d.name)]
  const districtIndex = Math.max(0, data.districts.findIndex((d) => d.id === filters.districtId) + 1)
  const deliverableNames = ['全部报送项', ...data.deliverables.map((d) => d.label)]
  const deliverableIndex = Math.max(0, data.deliverables.findIndex((d) => d.key === filters.deliverable) + 1)
  const keyColumn = data.deliverables.find((d) => d.key === filters.deliverable)?.kind === 'key_activities'
  const states = keyColumn ? KEY_STATES : DEADLINE_STATES
  return (
    <View className='status-filters'>
      <View className='status-filters__pickers'>
        {data.districts.length > 1 ? (
          <Picker
            mode='selector'
            range={districtNames}
            value={districtIndex}
            onChange={(e) => onChange({ ...filters, districtId: data.districts[Number(e.detail.value) - 1]?.id })}
          >
            <View className={`status-filter${filters.districtId ? ' status-filter--set' : ''}`}>
              <Text className='status-filter__label'>区县</Text>
              <Text className='status-filter__value status-filter-district'>{districtNames[districtIndex]}</Text>
              <Text className='status-filter__arrow'>▾</Text>
            </View>
          </Picker>
        ) : (
          <View className='status-filter status-filter--fixed'>
            <Text className='status-filter__label'>区县</Text>
            <Text className='status-filter__value'>{data.districts[0]?.name ?? '全部'}</Text>
          </View>
        )}
        <Picker
          mode='selector'
          range={deliverableNames}
          value={deliverableIndex}
          onChange={(e) => {
            const next = data.deliverables[Number(e.detail.value) - 1]
            // A state of the deadline columns means nothing for 重点活动, and the other way round.
            const nextKey = next?.kind === 'key_activities'
            const keep = filters.state && (nextKey ? KEY_STATES : DEADLINE_STATES).includes(filters.state)
            onChange({ ...filters, deliverable: next?.key, state: keep ? filters.state : undefined })
          }}
        >
          <View className={`status-filter${filters.deliverable ? ' status-filter--set' : ''}`}>
            <Text className='status-filter__label'>报送项</Text>
            <Text className='status-filter__value status-filter-deliverable'>{deliverableNames[deliverableIndex]}</Text>
            <Text className='status-filter__arrow'>▾</Text>
          </View>
        </Picker>
        <NameSearch value={filters.q ?? ''} onSearch={(q) => onChange({ ...filters, q: q || undefined })} />
      </View>
      <View className='status-filters__states'>
        <Text
          className={`status-chip${!filters.state ? ' status-chip--active' : ''}`}
          onClick={() => onChange({ ...filters, state: undefined })}
        >
          全部状态
        </Text>
        {states.map((state) => (
          <Text
            key={state}
            className={`status-chip status-chip--${state}${filters.state === state ? ' status-chip--active' : ''}`}
            onClick={() => onChange({ ...filters, state: filters.state === state ? undefined : state })}
          >
            {STATUS_CELL_LABELS[state]}
          </Text>
        ))}
      </View>
    </View>
  )
}

/** The unit-name box: searches 0.4 s after typing stops, or at once on 搜索. */
function NameSearch({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => setText(value), [value])
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  const schedule = (next: string) => {
    setText(next)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => onSearch(next.trim()), 400)
  }
  return (
    <View className='status-search'>
      <Input
        className='status-search__input'
        value={text}
        placeholder='搜索单位名称'
        maxlength={40}
        confirmType='search'
        onInput={(e) => schedule(e.detail.value)}
        onConfirm={(e) => {
          if (timer.current) clearTimeout(timer.current)
          onSearch(e.detail.value.trim())
        }}
      />
      {text ? (
        <Text className='status-search__clear' onClick={() => schedule('')}>
          ×
        </Text>
      ) : null}
    </View>
  )
}
