import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TUnitHomeResponse } from '../../../../types/api/unit-home'
import { openEditActivity, openNewActivity } from '../../activity-editor/navigation'
import { openArrangement } from '../../arrangement/navigation'
import { openCheckinManage } from '../../checkins/navigation'
import { openPhotoHandin } from '../../photo-handin/navigation'
import { openActivityPhotos } from '../../photos/navigation'
import { openDeliverable } from '../open-deliverable'
import { DeliverableRow } from './deliverable-row'
import { TodoCard } from './todo-card'
import { UnitActivityRow } from './unit-activity-row'
import { UnitHomeHeader } from './unit-home-header'
import './unit-home.scss'

const TODO_PREVIEW = 3

interface UnitHomeViewProps {
  home: TUnitHomeResponse
  onSwitch?: () => void
}

/**
 * The whole 单位工作台: header, 待办 first (nearest deadline first, coloured by urgency), every
 * deliverable with its state, then the unit's activities with 新增活动 / 导入安排表.
 */
export function UnitHomeView({ home, onSwitch }: UnitHomeViewProps) {
  const unitId = home.unit.id
  const todo = home.deliverables.filter((d) => d.inTodo)
  // The nearest few first; a month-long campaign seen early would otherwise open on nine cards.
  const [allTodo, setAllTodo] = useState(false)
  const shownTodo = allTodo ? todo : todo.slice(0, TODO_PREVIEW)
  const today = home.activities.find((a) => a.isToday && a.status === 'published')
  const open = (d: (typeof home.deliverables)[number]) => openDeliverable(unitId, d)
  return (
    <View className='unit-home'>
      <UnitHomeHeader
        home={home}
        onSwitch={onSwitch}
        onCheckin={today ? () => openCheckinManage(today.id) : undefined}
        onPhotos={() => openPhotoHandin(unitId)}
      />

      <View className='unit-section'>
        <Text className='unit-section__title'>
          待办<Text className='unit-section__count'>{todo.length > 0 ? `${todo.length} 项` : ''}</Text>
        </Text>
      </View>
      {todo.length > 0 ? (
        <View className='todo-list'>
          {shownTodo.map((d) => (
            <TodoCard key={d.deadlineId} deliverable={d} now={home.now} onOpen={open} />
          ))}
          {shownTodo.length < todo.length ? (
            <View className='todo-more' hoverClass='todo-more--pressed' onClick={() => setAllTodo(true)}>
              <Text>展开其余 {todo.length - shownTodo.length} 项待办</Text>
            </View>
          ) : null}
        </View>
      ) : (
        <View className='unit-empty todo-empty'>
          <Text className='unit-empty__title'>没有待办</Text>
          <Text>{home.deliverables.length > 0 ? '要报送的材料都已提交，辛苦了。' : '活动月还没有设置报送事项。'}</Text>
        </View>
      )}

      {home.deliverables.length > 0 ? (
        <>
          <View className='unit-section'>
            <Text className='unit-section__title'>
              全部报送事项<Text className='unit-section__count'>{home.deliverables.length} 项</Text>
            </Text>
          </View>
          <View className='deliverable-list'>
            {home.deliverables.map((d) => (
              <DeliverableRow key={d.deadlineId} deliverable={d} now={home.now} onOpen={open} />
            ))}
          </View>
        </>
      ) : null}

      <View className='unit-section'>
        <Text className='unit-section__title'>
          本单位活动<Text className='unit-section__count'>{home.activities.length} 个</Text>
        </Text>
        <View className='unit-section__buttons'>
          <Button className='unit-import-button' size='small' fill='outline' type='primary' onClick={() => openArrangement(unitId)}>
            导入安排表
          </Button>
          <Button className='unit-new-activity-button' size='small' type='primary' onClick={() => openNewActivity(unitId)}>
            新增活动
          </Button>
        </View>
      </View>
      {home.activities.length === 0 ? (
        <View className='unit-empty'>
          <Text>还没有活动。可以逐个新增，也可以导入填好的《活动安排表》（附件2）。</Text>
        </View>
      ) : (
        home.activities.map((a) => (
          <UnitActivityRow key={a.id} activity={a} onEdit={openEditActivity} onCheckin={openCheckinManage} onPhotos={openActivityPhotos} />
        ))
      )}
    </View>
  )
}
