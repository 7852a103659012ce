import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import type { TMembership } from '../../../../types/api/auth'
import type { TMyUnit } from '../../../../types/api/unit-home'
import { useRemote } from '../../../shared/use-remote'
import { listMyUnits } from '../../unit-home/api/list-my-units'
import { openUnitHome } from '../../unit-home/navigation'
import './unit-desk-card.scss'

/**
 * The unit contact's own entry, at the top of 我的: each of their units with what is still owed and
 * the nearest deadline; a tap opens its 单位工作台. Nothing at all for people without a unit
 * (volunteers see 我的 as before). Not a tab: weapp's tabBar is the same for everyone unless the
 * app draws a custom tab bar, and a tab only unit contacts can use would confuse volunteers.
 */
export function UnitDeskCard({ memberships }: { memberships: TMembership[] }) {
  const isContact = memberships.some((m) => m.role === 'unit_contact')
  // Memberships change when an invite code is redeemed; the key makes the list follow.
  const key = memberships.map((m) => `${m.role}:${m.unitId ?? ''}`).join(',')
  const units = useRemote(isContact ? listMyUnits : null, [isContact, key])
  const shown = useRef(false)
  useDidShow(() => {
    // Back on 我的 after handing something in: the counts have changed.
    if (shown.current && isContact) void units.reload()
    shown.current = true
  })
  if (!isContact) return null

  return (
    <View className='me-card unit-desk'>
      <View className='unit-desk__header'>
        <Text className='unit-desk__title'>单位工作台</Text>
        <Text className='unit-desk__hint'>本单位活动与报送材料</Text>
      </View>
      {units.error ? (
        <View className='unit-desk__error' onClick={() => void units.reload()}>
          <Text>{units.error}</Text>
          <Text className='unit-desk__retry'>点此重试</Text>
        </View>
      ) : !units.data ? (
        <Skeleton rows={2} animated />
      ) : (
        units.data.items.map((unit) => <UnitDeskRow key={unit.unitId} unit={unit} />)
      )}
    </View>
  )
}

function UnitDeskRow({ unit }: { unit: TMyUnit }) {
  const next = unit.next
  return (
    <View className='unit-desk__unit unit-desk-entry' hoverClass='unit-desk__unit--pressed' onClick={() => openUnitHome(unit.unitId)}>
      <View className='unit-desk__main'>
        <Text className='unit-desk__name'>{unit.unitName}</Text>
        <Text className='unit-desk__campaign'>{unit.campaignTheme ?? unit.campaignTitle}</Text>
        {next ? (
          <Text className={`unit-desk__next unit-desk__next--${next.urgency}`}>
            最近：{next.kindLabel} · {next.state === 'returned' ? '已退回，待重交' : next.dueText}
          </Text>
        ) : (
          <Text className='unit-desk__next unit-desk__next--done'>暂无待办</Text>
        )}
      </View>
      <View className='unit-desk__side'>
        <Text className={`unit-desk__count ${unit.todoCount > 0 ? 'unit-desk__count--owed' : ''}`}>{unit.todoCount}</Text>
        <Text className='unit-desk__count-label'>项待办</Text>
        {unit.overdueCount > 0 ? <Text className='unit-desk__overdue'>{unit.overdueCount} 项已逾期</Text> : null}
      </View>
      <Text className='unit-desk__arrow'>›</Text>
    </View>
  )
}
