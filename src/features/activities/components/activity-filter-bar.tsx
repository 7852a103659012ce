import { Picker, ScrollView, Text, View } from '@tarojs/components'
import type { TCampaignDetail } from '../../../../types/api/campaigns'
import { ACTIVITY_CATEGORIES, ZActivityCategory, ZActivityStatusFilter, type TActivityStatusFilter } from '../../../../types/domain'
import type { ActivityFilterValue } from '../activity-filters'
import { FilterChip } from './filter-chip'
import './activity-filter-bar.scss'

const STATUS_LABELS: Record<TActivityStatusFilter, string> = { open: '可报名', full: '已满', waitlist: '候补', ended: '已结束' }

interface ActivityFilterBarProps {
  value: ActivityFilterValue
  onChange: (value: ActivityFilterValue) => void
  /** Districts and units to pick from (GET /api/campaigns/:id). */
  campaign: Pick<TCampaignDetail, 'districts' | 'units'> | null
}

/** 类别 chips, then 区域 / 单位 / 状态 pickers. */
export function ActivityFilterBar({ value, onChange, campaign }: ActivityFilterBarProps) {
  const districts = campaign?.districts ?? []
  const units = (campaign?.units ?? []).filter((u) => !value.districtId || u.districtId === value.districtId)
  const statuses = ZActivityStatusFilter.options
  return (
    <View className='filter-bar'>
      <ScrollView className='filter-bar__row' scrollX enhanced showScrollbar={false}>
        <FilterChip label='全部类别' active={!value.category} onTap={() => onChange({ ...value, category: undefined })} />
        {ZActivityCategory.options.map((category) => (
          <FilterChip
            key={category}
            className='category-chip'
            label={ACTIVITY_CATEGORIES[category]}
            active={value.category === category}
            onTap={() => onChange({ ...value, category: value.category === category ? undefined : category })}
          />
        ))}
      </ScrollView>
      <View className='filter-bar__pickers'>
        <Dropdown
          className='district-filter'
          placeholder='全部区域'
          options={districts.map((d) => ({ id: d.id, label: d.name }))}
          selectedId={value.districtId}
          // A unit of another district would leave an empty list: the unit filter goes with it.
          onPick={(districtId) => onChange({ ...value, districtId, unitId: undefined })}
        />
        <Dropdown
          className='unit-filter'
          placeholder='全部单位'
          options={units.map((u) => ({ id: u.id, label: u.name }))}
          selectedId={value.unitId}
          onPick={(unitId) => onChange({ ...value, unitId })}
        />
        <Dropdown
          className='status-filter'
          placeholder='全部状态'
          options={statuses.map((s) => ({ id: s, label: STATUS_LABELS[s] }))}
          selectedId={value.status}
          onPick={(status) => onChange({ ...value, status: statuses.find((s) => s === status) })}
        />
      </View>
    </View>
  )
}

interface DropdownProps {
  className: string
  placeholder: string
  options: Array<{ id: string; label: string }>
  selectedId: string | undefined
  onPick: (id: string | undefined) => void
}

/** A native picker (wheel in weapp, Taro's sheet in H5) whose first entry clears the filter. */
function Dropdown({ className, placeholder, options, selectedId, onPick }: DropdownProps) {
  const labels = [placeholder, ...options.map((o) => o.label)]
  const index = Math.max(0, options.findIndex((o) => o.id === selectedId) + 1)
  const selected = index > 0
  return (
    <Picker
      className={`filter-dropdown ${className}`}
      mode='selector'
      range={labels}
      value={index}
      onChange={(e) => {
        const picked = Number(e.detail.value)
        onPick(picked > 0 ? options[picked - 1]?.id : undefined)
      }}
    >
      <View className={`filter-dropdown__button${selected ? ' filter-dropdown__button--active' : ''}`}>
        <Text className='filter-dropdown__label'>{labels[index]}</Text>
        <Text className='filter-dropdown__arrow'>▾</Text>
      </View>
    </Picker>
  )
}
