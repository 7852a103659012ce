import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TRosterItem } from '../../../../types/api/checkins'
import { formatTime } from '../../../shared/date'
import { formatHours } from '../announce-checkin'
import './manage.scss'

interface RosterListProps {
  items: TRosterItem[]
  onCorrect: (item: TRosterItem) => void
}

/** Who signed up and who is here; confirmed people first, then the waitlist in order. */
export function RosterList({ items, onCorrect }: RosterListProps) {
  const confirmed = items.filter((i) => i.status === 'confirmed')
  const waitlisted = items.filter((i) => i.status === 'waitlisted')
  const checkedIn = confirmed.filter((i) => i.checkIn).length
  return (
    <View className='roster'>
      <View className='roster__header'>
        <Text className='roster__title'>报名名单</Text>
        <Text className='roster__stats roster-stats'>
          已签到 {checkedIn}/{confirmed.length}
          {waitlisted.length > 0 ? ` · 候补 ${waitlisted.length}` : ''}
        </Text>
      </View>
      {items.length === 0 ? <Text className='roster__empty'>还没有人报名</Text> : null}
      {[...confirmed, ...waitlisted].map((item) => (
        <View key={item.registrationId} className='roster-item'>
          <View className='roster-item__text'>
            <Text className='roster-item__name roster-name'>{item.realName ?? item.displayName}</Text>
            {item.phone ? (
              <Text className='roster-item__phone roster-phone'>
                {item.phoneMasked ? `${item.phone}（活动前一天起对已报名者显示完整号码）` : item.phone}
              </Text>
            ) : null}
            <Text className={`roster-item__state roster-state roster-item__state--${stateTone(item)}`}>{describeState(item)}</Text>
          </View>
          {item.status === 'confirmed' ? (
            <Button className='roster-item__fix roster-correct' size='small' fill='outline' onClick={() => onCorrect(item)}>
              修正
            </Button>
          ) : null}
        </View>
      ))}
    </View>
  )
}

function describeState(item: TRosterItem): string {
  if (item.status === 'waitlisted') return `候补第 ${item.waitlistRank ?? '?'} 位`
  const { checkIn } = item
  if (!checkIn) return '未签到'
  if (!checkIn.checkedOutAt) return `已签到 ${formatTime(checkIn.checkedInAt)}`
  const auto = checkIn.autoClosed ? '（系统签退）' : ''
  return `${formatTime(checkIn.checkedInAt)}–${formatTime(checkIn.checkedOutAt)} · ${formatHours(checkIn.hours)}${auto}`
}

function stateTone(item: TRosterItem): 'waiting' | 'absent' | 'present' | 'done' {
  if (item.status === 'waitlisted') return 'waiting'
  if (!item.checkIn) return 'absent'
  return item.checkIn.checkedOutAt ? 'done' : 'present'
}
