import { Picker, Text, View } from '@tarojs/components'
import type { TPhotoReviewQueueResponse } from '../../../../types/api/photo-review'
import { Tabs } from '../../../shared/ui/tabs'
import { REVIEW_TABS, tabCount } from '../describe-review'
import type { TReviewFilter } from '../hooks/use-review-queue'
import './photo-review.scss'

type TMeta = Omit<TPhotoReviewQueueResponse, 'items' | 'nextCursor'>

interface ReviewToolbarProps {
  meta: TMeta
  filter: TReviewFilter
  onFilter: (filter: TReviewFilter) => void
  desk: boolean
}

/** The campaign, the three tabs with their counts, and the district / unit filters. */
export function ReviewToolbar({ meta, filter, onFilter, desk }: ReviewToolbarProps) {
  const districts = [{ id: '', name: '全部区县' }, ...meta.districts]
  const units = [
    { id: '', name: '全部单位' },
    ...meta.units.filter((u) => !filter.districtId || u.districtId === filter.districtId).map((u) => ({ id: u.id, name: u.pending > 0 ? `${u.name}（${u.pending}）` : u.name })),
  ]
  const districtIndex = Math.max(0, districts.findIndex((d) => d.id === (filter.districtId ?? '')))
  const unitIndex = Math.max(0, units.findIndex((u) => u.id === (filter.unitId ?? '')))
  return (
    <View className='review-toolbar'>
      <View className='review-toolbar__head'>
        <View className='review-toolbar__titles'>
          <Text className='review-toolbar__title'>照片复核</Text>
          <Text className='review-toolbar__campaign'>{meta.campaign.title}</Text>
        </View>
        {desk && meta.canDecide ? (
          <Text className='review-toolbar__keys review-keys-hint'>快捷键：A 通过 · R 不通过 · ← → 上一张/下一张 · X 勾选</Text>
        ) : null}
      </View>
      {meta.canDecide ? null : (
        <Text className='review-toolbar__readonly review-readonly'>照片由活动月组织方（市文明办）复核；你可以查看本区县单位的照片和复核结果。</Text>
      )}
      <View className='review-toolbar__bar'>
        <Tabs
          tabs={REVIEW_TABS.map((tab) => ({ key: tab.key, label: `${tab.label} ${tabCount(tab.key, meta.counts)}` }))}
          value={filter.tab}
          onChange={(tab) => onFilter({ ...filter, tab })}
        />
        <View className='review-toolbar__filters'>
          {meta.districts.length > 1 ? (
            <Picker
              mode='selector'
              range={districts.map((d) => d.name)}
              value={districtIndex}
              onChange={(e) => onFilter({ ...filter, districtId: districts[Number(e.detail.value)]?.id || undefined, unitId: undefined })}
            >
              <View className='review-toolbar__filter review-filter-district'>
                <Text className='review-toolbar__filter-text'>{districts[districtIndex]?.name}</Text>
                <Text className='review-toolbar__filter-arrow'>▾</Text>
              </View>
            </Picker>
          ) : null}
          <Picker
            mode='selector'
            range={units.map((u) => u.name)}
            value={unitIndex}
            onChange={(e) => onFilter({ ...filter, unitId: units[Number(e.detail.value)]?.id || undefined })}
          >
            <View className='review-toolbar__filter review-filter-unit'>
              <Text className='review-toolbar__filter-text'>{units[unitIndex]?.name}</Text>
              <Text className='review-toolbar__filter-arrow'>▾</Text>
            </View>
          </Picker>
        </View>
      </View>
    </View>
  )
}
