import { Picker, ScrollView, Text, View } from '@tarojs/components'
import type { TCampaignDetail } from '../../../../types/api/campaigns'
import { ACTIVITY_CATEGORIES, ZActivityCategory, ZActivityStatusFilter, type TActivityStatusFilter } from '../../../../types/domain'
import type { ActivityFilterValue } from '../activity-filters'
import { isPlace, unitOptions } from '../unit-groups'
import { FilterChip } from './filter-chip'
import './activity-filter-bar.scss'

const STATUS_LABELS: Record<TActivityStatusFilter, string> = { open: '可报名', full: '已满', waitlist: '候补', ended: '已结束' }

interface ActivityFilterBarProps {
  value: ActivityFilterValue
  onChange: (value: ActivityFilterValue) => void
  /** Districts and units to pick from (GET /api/campaigns/:id). */
  campaign: Pick<TCampaignDetail, 'districts' | 'units'> | null
}

/**
 * 类别 chips, then 区域 / 单位 / 状态 pickers. 区域 holds places only (县区 / 功能板块); groups of units
 * (协调小组成员单位, 文明行业, 志愿服务组织) are picked with the units, each group as a whole or one unit of it.
 */
export function ActivityFilterBar({ value, onChange, campaign }: ActivityFilterBarProps) {
  const places = (campaign?.districts ?? []).filter(isPlace)
  const regionId = places.some((d) => d.id === value.districtId) ? value.districtId : undefined
  const units = campaign ? unitOptions(campaign, regionId) : []
  const unitSelection = value.unitId ? `u:${value.unitId}` : value.districtId && !regionId ? `g:${value.districtId}` : undefined
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
          options={places.map((d) => ({ id: d.id, label: d.name }))}
          selectedId={regionId}
          // A unit of another district would leave an empty list: the unit filter goes with it.
          onPick={(districtId) => onChange({ ...value, districtId, unitId: undefined })}
        />
        <Dropdown
          className='unit-filter'
          placeholder='全部单位'
          options={units.map((u) => ({ id: u.id, label: u.label }))}
          selectedId={unitSelection}
          onPick={(picked) => {
            const option = units.find((u) => u.id === picked)
            if (!option) onChange({ ...value, unitId: undefined, districtId: regionId })
            else if (option.kind === 'group') onChange({ ...value, unitId: undefined, districtId: option.districtId ?? undefined })
            // A unit keeps the chosen 区域; a unit of a group needs no district filter besides itself.
            else onChange({ ...value, unitId: option.id.slice(2), districtId: regionId })
          }}
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
        <Text className='filter-dropdown__label'>{labels[index]?.trim()}</Text>
        <Text className='filter-dropdown__arrow'>▾</Text>
      </View>
    </Picker>
  )
}
