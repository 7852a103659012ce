import { Button, Tag } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TActivityDetail } from '../../../../types/api/activities'
import { SERVED_POPULATIONS } from '../../../../types/domain'
import { formatDateTime, formatTimeRange, isPast } from '../../../shared/date'
import { canOpenMap, openMap } from '../../../shared/location'
import { callPhone } from '../../../shared/phone'
import { CategoryTag, DemoTag, KeyActivityTag } from './category-tag'
import { SeatsBadge } from './seats-badge'
import { SignupBadge } from './signup-badge'
import './activity-detail.scss'

interface ActivityDetailProps {
  activity: TActivityDetail
  /** Shown right below the banner: the person's own registration. */
  mine?: ReactNode
}

export function ActivityDetail({ activity, mine }: ActivityDetailProps) {
  const { latitude, longitude, contactPhone } = activity
  const canNavigate = canOpenMap && latitude !== null && longitude !== null
  const seatsLeft = activity.capacity === null ? null : Math.max(0, activity.capacity - activity.confirmedCount)
  return (
    <View className='activity-detail'>
      <View className='activity-detail__hero'>
        <View className='activity-detail__tags'>
          <CategoryTag category={activity.category} />
          {activity.isKeyActivity ? <KeyActivityTag /> : null}
          {activity.isDemo ? <DemoTag /> : null}
          <View className='activity-detail__state activity-signup-state'>
            <SignupBadge state={activity.signupState} waitlistCount={activity.waitlistCount} />
          </View>
        </View>
        <Text className='activity-detail__title activity-title'>{activity.title}</Text>
        {/* The campaign by its theme (践行二十大·志愿我先行); the notice's long title only when it has none. */}
        <Text className='activity-detail__campaign activity-campaign'>{activity.campaignTheme ?? activity.campaignTitle}</Text>
      </View>

      {activity.status === 'cancelled' ? <Text className='activity-detail__notice activity-cancelled'>该活动已取消</Text> : null}

      {mine}

      <Section title='时间地点'>
        <Row label='时间' value={formatTimeRange(activity.startsAt, activity.endsAt)} className='activity-time' />
        <Row label='地点' className='activity-place'>
          <View className='activity-detail__place'>
            <View className='activity-detail__place-text'>
              <Text className='activity-detail__value'>{activity.locationName}</Text>
              {activity.address ? <Text className='activity-detail__sub activity-address'>{activity.address}</Text> : null}
            </View>
            {canNavigate && latitude !== null && longitude !== null ? (
              <Button
                className='activity-navigate'
                size='small'
                type='primary'
                fill='outline'
                onClick={() => openMap({ latitude, longitude, name: activity.locationName, address: activity.address ?? '' })}
              >
                导航
              </Button>
            ) : null}
          </View>
        </Row>
        {activity.districtName ? <Row label='区域' value={activity.districtName} /> : null}
      </Section>

      <Section title='名额与报名'>
        <Row label='名额' className='activity-capacity'>
          <View className='activity-detail__seats'>
            <Text className='activity-detail__value'>
              {activity.capacity === null ? '不限名额' : `共 ${activity.capacity} 人 · 剩余 ${seatsLeft} 个名额`}
            </Text>
            {activity.waitlistCount > 0 ? <Text className='activity-detail__sub activity-waitlist'>{activity.waitlistCount} 人候补中</Text> : null}
            <SeatsBadge confirmed={activity.confirmedCount} capacity={activity.capacity} />
          </View>
        </Row>
        {activity.signupDeadline ? (
          <Row label='报名截止' className='activity-deadline'>
            <Text className='activity-detail__value'>
              {formatDateTime(activity.signupDeadline)}
              {isPast(activity.signupDeadline) ? <Text className='activity-detail__closed'>（已截止）</Text> : null}
            </Text>
          </Row>
        ) : null}
      </Section>

      {activity.description.trim() ? (
        <Section title='活动内容'>
          <Text className='activity-detail__paragraph activity-description'>{activity.description}</Text>
        </Section>
      ) : null}

      {activity.whatToBring || activity.dressCode || activity.servedPopulations.length > 0 ? (
        <Section title='参加须知'>
          {activity.whatToBring ? <Row label='携带物品' value={activity.whatToBring} className='activity-bring' /> : null}
          {activity.dressCode ? <Row label='着装要求' value={activity.dressCode} className='activity-dress' /> : null}
          {activity.servedPopulations.length > 0 ? (
            <Row label='服务对象' className='activity-populations'>
              <View className='activity-detail__chips'>
                {activity.servedPopulations.map((p) => (
                  <Tag key={p} color='#4e5969' background='#f2f3f5'>
                    {SERVED_POPULATIONS[p]}
                  </Tag>
                ))}
              </View>
            </Row>
          ) : null}
        </Section>
      ) : null}

      <Section title='组织单位'>
        <Row label='单位' value={activity.unitName} className='activity-unit' />
        {activity.contactName || activity.contactPhone ? (
          <Row label='联系人' className='activity-contact'>
            <View className='activity-detail__place'>
              <Text className='activity-detail__value activity-detail__place-text'>
                {[activity.contactName, activity.contactPhone].filter(Boolean).join('  ')}
              </Text>
              {contactPhone && !isMasked(contactPhone) ? (
                <Button className='activity-call' size='small' type='primary' fill='outline' onClick={() => callPhone(contactPhone)}>
                  拨打
                </Button>
              ) : null}
            </View>
            {contactPhone && isMasked(contactPhone) ? <Text className='activity-detail__sub'>报名成功后显示完整电话</Text> : null}
          </Row>
        ) : null}
        {/* 安排表序号 is the unit's own bookkeeping (附件2's row number): only its managers see it. */}
        {activity.canManage && activity.seqNo !== null ? <Row label='安排表序号' value={`第 ${activity.seqNo} 项`} /> : null}
      </Section>
    </View>
  )
}

/** The API masks the phone (138****5678) for people who have not signed up. */
function isMasked(phone: string): boolean {
  return phone.includes('*')
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='activity-detail__section'>
      <Text className='activity-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

function Row({ label, value, className, children }: { label: string; value?: string; className?: string; children?: ReactNode }) {
  return (
    <View className={`activity-detail__row ${className ?? ''}`}>
      <Text className='activity-detail__label'>{label}</Text>
      <View className='activity-detail__content'>{children ?? <Text className='activity-detail__value'>{value}</Text>}</View>
    </View>
  )
}
