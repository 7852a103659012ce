import { Tag } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TManagedActivity, TUnitContext } from '../../../../types/api/unit-activities'

/** Where the activity stands, in the words a unit uses. */
export function describeStatus(record: TManagedActivity | null): { label: string; tone: 'draft' | 'published' | 'closed' } {
  if (!record) return { label: '新活动', tone: 'draft' }
  if (record.status === 'cancelled') return { label: '已撤回', tone: 'closed' }
  if (!record.editable) return { label: '已结束', tone: 'closed' }
  if (record.status === 'draft') return { label: '草稿', tone: 'draft' }
  return { label: '已发布', tone: 'published' }
}

/** The unit, its campaign and the activity's state; a withdrawn or finished activity says why it is read-only. */
export function EditorHeader({ unit, record }: { unit: TUnitContext; record: TManagedActivity | null }) {
  const status = describeStatus(record)
  const signedUp = record ? record.confirmedCount + record.waitlistCount : 0
  return (
    <View className='editor-header'>
      <View className='editor-header__top'>
        <Text className='editor-header__unit'>{unit.unitName}</Text>
        <Tag className={`editor-status editor-status--${status.tone}`} type={status.tone === 'published' ? 'success' : status.tone === 'closed' ? 'default' : 'warning'}>
          {status.label}
        </Tag>
      </View>
      <Text className='editor-header__campaign'>{unit.campaignTitle}</Text>
      {record && record.status === 'published' ? (
        <Text className='editor-header__signups'>
          已报名 {record.confirmedCount} 人{record.waitlistCount > 0 ? `，候补 ${record.waitlistCount} 人` : ''}
          {signedUp > 0 && record.editable ? '。修改时间或地点会通知他们' : ''}
        </Text>
      ) : null}
      {record && !record.editable ? (
        <View className='editor-header__notice'>
          <Text>{record.notEditableReason}</Text>
          {record.withdrawnReason ? <Text className='editor-header__reason'>撤回原因：{record.withdrawnReason}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
