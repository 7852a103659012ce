import { ScrollView, Text, View } from '@tarojs/components'
import type { TDistrictQuota, TStatusQuotas } from '../../../../types/api/submission-status'
import { DISTRICT_KIND_LABELS } from '../district-kind-labels'
import './status.scss'

interface QuotaStripProps {
  quotas: TStatusQuotas
  activeDistrictId: string | undefined
  onPickDistrict: (districtId: string | undefined) => void
}

/**
 * Quota progress per 县区 / 功能板块 and who is short, as a row of cards that scrolls sideways;
 * tapping one filters the matrix to that district.
 */
export function QuotaStrip({ quotas, activeDistrictId, onPickDistrict }: QuotaStripProps) {
  const rules = describeRules(quotas)
  if (!rules) return null
  return (
    <View className='status-quotas'>
      <View className='status-quotas__head'>
        <Text className='status-quotas__title'>指标完成情况</Text>
        <Text className='status-quotas__rules'>{rules}</Text>
      </View>
      <Text className='status-quotas__summary status-quota-summary'>{describeShort(quotas)}</Text>
      <ScrollView className='status-quotas__scroll' scrollX enhanced showScrollbar={false}>
        <View className='status-quotas__row'>
          {quotas.districts.map((district) => (
            <QuotaCard
              key={district.id ?? 'none'}
              district={district}
              active={district.id !== null && district.id === activeDistrictId}
              onPick={() => onPickDistrict(district.id === activeDistrictId ? undefined : (district.id ?? undefined))}
            />
          ))}
        </View>
      </ScrollView>
    </View>
  )
}

function QuotaCard({ district, active, onPick }: { district: TDistrictQuota; active: boolean; onPick: () => void }) {
  const { showcase } = district
  const met = showcase.quota === null || showcase.short === 0
  const share = showcase.quota ? Math.min(100, Math.round((showcase.count / showcase.quota) * 100)) : 100
  return (
    <View className={`quota-card${active ? ' quota-card--active' : ''}${met ? '' : ' quota-card--short'}`} onClick={onPick}>
      <View className='quota-card__head'>
        <Text className='quota-card__name'>{district.name}</Text>
        <Text className='quota-card__kind'>{district.kind ? DISTRICT_KIND_LABELS[district.kind] : ''} · {district.units} 个单位</Text>
      </View>
      <Text className='quota-card__figure'>
        展示项目 {showcase.count}
        {showcase.quota !== null ? ` / ${showcase.quota}` : ''}
        {showcase.short > 0 ? <Text className='quota-card__short'>（差 {showcase.short} 个）</Text> : showcase.quota !== null ? <Text className='quota-card__met'>（已达标）</Text> : null}
      </Text>
      {showcase.quota !== null ? (
        <View className='quota-card__bar'>
          <View className='quota-card__fill' style={{ width: `${share}%` }} />
        </View>
      ) : null}
      <Text className='quota-card__line'>重点活动 {district.keyActivities} 项</Text>
      <ShortUnits label='缺重点活动' units={district.unitsShortKey} />
      <ShortUnits label='缺展示项目' units={district.unitsShortShowcase} />
    </View>
  )
}

function ShortUnits({ label, units }: { label: string; units: TDistrictQuota['unitsShortKey'] }) {
  if (units.length === 0) return null
  const names = units.slice(0, 3).map((u) => u.name).join('、')
  return (
    <Text className='quota-card__who'>
      {label}：{names}
      {units.length > 3 ? ` 等 ${units.length} 个` : ''}
    </Text>
  )
}

/** The campaign's quotas in words: 县区 ≥ 6 个展示项目 · 功能板块 ≥ 3 · 每单位 ≥ 1 个展示项目、≥ 1 项重点活动. */
export function describeRules(q: TStatusQuotas): string | null {
  const parts: string[] = []
  if (q.countyShowcase !== null) parts.push(`县区 ≥ ${q.countyShowcase} 个展示项目`)
  if (q.functionAreaShowcase !== null) parts.push(`功能板块 ≥ ${q.functionAreaShowcase} 个`)
  const unit: string[] = []
  if (q.unitShowcase !== null) unit.push(`≥ ${q.unitShowcase} 个展示项目`)
  if (q.unitKey !== null) unit.push(`≥ ${q.unitKey} 项重点活动`)
  if (unit.length > 0) parts.push(`每个单位 ${unit.join('、')}`)
  return parts.length > 0 ? parts.join(' · ') : null
}

function describeShort(q: TStatusQuotas): string {
  const parts: string[] = []
  if (q.countyShowcase !== null || q.functionAreaShowcase !== null) parts.push(q.districtsShort > 0 ? `${q.districtsShort} 个区县展示项目未达标` : '各区县展示项目已达标')
  if (q.unitKey !== null) parts.push(q.unitsShortKey > 0 ? `${q.unitsShortKey} 个单位缺重点活动` : '各单位均有重点活动')
  if (q.unitShowcase !== null) parts.push(q.unitsShortShowcase > 0 ? `${q.unitsShortShowcase} 个单位缺展示项目` : '各单位均已申报展示项目')
  return parts.join('；')
}
