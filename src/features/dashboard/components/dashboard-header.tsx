import { Text, View } from '@tarojs/components'
import type { TDashboardResponse } from '../../../../types/api/dashboard'
import { ROLE_LABELS } from '../../../../types/domain'
import { formatHours, formatShare } from '../chart-data'

interface DashboardHeaderProps {
  data: TDashboardResponse
  districtId: string | null
  onPickDistrict: (districtId: string | null) => void
}

/** The campaign, whose figures these are, the headline numbers, and the district filter. */
export function DashboardHeader({ data, districtId, onPickDistrict }: DashboardHeaderProps) {
  const signups = data.signupsByDay.reduce((n, r) => n + r.signups, 0)
  const cells = data.completeness.reduce((n, r) => n + r.cells, 0)
  const submitted = data.completeness.reduce((n, r) => n + r.submitted, 0)
  const organiser = data.role === 'organiser'
  // An organiser may look at all districts; a district admin of two districts at both together.
  const chips = [
    ...(organiser || data.districts.length > 1 ? [{ id: null, name: organiser ? '全部区县' : '我的全部区县' }] : []),
    ...data.districts.map((d) => ({ id: d.id, name: d.name })),
  ]
  return (
    <View className='dashboard-header'>
      <Text className='dashboard-header__role console-role'>
        {ROLE_LABELS[data.role]}
        {organiser ? '' : ` · ${data.districts.map((d) => d.name).join('、')}`}
      </Text>
      <Text className='dashboard-header__title'>{data.campaign.title}</Text>
      <Text className='dashboard-header__meta'>
        {data.units} 个单位 · 更新于 {Number(data.now.slice(5, 7))}月{Number(data.now.slice(8, 10))}日 {data.now.slice(11, 16)}
      </Text>
      <View className='dashboard-header__figures'>
        <Figure value={String(signups)} label='报名人次' />
        <Figure value={String(data.service.total.volunteers)} label='志愿者' />
        <Figure value={formatHours(data.service.total.hours)} label='服务小时' />
        <Figure value={formatShare(data.photos.total.passRate)} label='照片合格率' />
        <Figure value={formatShare(cells > 0 ? submitted / cells : null)} label='报送完成度' />
      </View>
      {chips.length > 1 ? (
        <View className='dashboard-header__chips' aria-label='按区县查看'>
          {chips.map((chip) => (
            <View
              key={chip.id ?? 'all'}
              className={`dashboard-chip${chip.id === districtId ? ' dashboard-chip--active' : ''}`}
              onClick={() => onPickDistrict(chip.id)}
            >
              <Text>{chip.name}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View className='dashboard-header__figure'>
      <Text className='dashboard-header__number'>{value}</Text>
      <Text className='dashboard-header__label'>{label}</Text>
    </View>
  )
}
