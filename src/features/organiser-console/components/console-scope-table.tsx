import { Text, View } from '@tarojs/components'
import type { TConsoleHomeResponse } from '../../../../types/api/organiser-console'

/**
 * What the caller answers for, as a table: an organiser's districts (each with its units), a
 * district admin's own units. A grid of Views, so weapp and H5 draw the same table.
 */
export function ConsoleScopeTable({ home }: { home: TConsoleHomeResponse }) {
  const organiser = home.role === 'organiser'
  const rows = organiser
    ? home.districts.map((d) => ({
        key: d.id ?? 'none',
        name: d.name,
        sub: `${d.counts.units} 个单位`,
        contacts: `${d.counts.unitsWithContact}/${d.counts.units}`,
        activities: d.counts.activities,
        keyActivities: d.counts.keyActivities,
        submitted: d.counts.submitted,
      }))
    : home.units.map((u) => ({
        key: u.id,
        name: u.name,
        sub: u.districtName ?? '',
        contacts: u.contacts > 0 ? `${u.contacts} 人` : '无',
        activities: u.activities,
        keyActivities: u.keyActivities,
        submitted: u.submitted,
      }))
  return (
    <View className='console-scope'>
      <View className='console-scope__caption'>
        <Text className='console-scope__title'>{organiser ? '各区县 / 板块' : '本区县单位'}</Text>
        <Text className='console-scope__note'>{organiser ? '有联系人的单位 / 单位数' : '活动含草稿，不含已撤回'}</Text>
      </View>
      <View className='console-scope__table console-scope-table'>
        <View className='console-scope__row console-scope__row--head'>
          <Text className='console-scope__cell console-scope__cell--name'>{organiser ? '区县 / 板块' : '单位'}</Text>
          <Text className='console-scope__cell'>联系人</Text>
          <Text className='console-scope__cell'>活动</Text>
          <Text className='console-scope__cell'>重点</Text>
          <Text className='console-scope__cell'>已提交</Text>
        </View>
        {rows.length === 0 ? (
          <Text className='console-scope__empty'>活动月还没有单位。</Text>
        ) : (
          rows.map((row) => (
            <View key={row.key} className='console-scope__row console-scope-row'>
              <View className='console-scope__cell console-scope__cell--name'>
                <Text className='console-scope__name'>{row.name}</Text>
                {row.sub ? <Text className='console-scope__sub'>{row.sub}</Text> : null}
              </View>
              <Text className='console-scope__cell'>{row.contacts}</Text>
              <Text className='console-scope__cell'>{row.activities}</Text>
              <Text className='console-scope__cell'>{row.keyActivities}</Text>
              <Text className='console-scope__cell'>{row.submitted}</Text>
            </View>
          ))
        )}
      </View>
    </View>
  )
}
