import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TActivityDetail, TMyRegistration } from '../../../../types/api/activities'
import { formatDateTime, formatTime } from '../../../shared/date'
import { canScanCode } from '../../../shared/scan-code'
import { SignupBadge } from '../../activities/components/signup-badge'
import { formatHours } from '../../checkins/announce-checkin'
import { checkinWindow } from '../../checkins/checkin-window'
import { CheckinCodeEntry } from '../../checkins/components/checkin-code-entry'
import { QueuedScans } from '../../checkins/components/queued-scans'
import type { CheckinActions } from '../../checkins/hooks/use-checkin'
import './registration.scss'

interface MyRegistrationCardProps {
  activity: TActivityDetail
  registration: TMyRegistration
  checkin: CheckinActions
}

/** 我的报名 on the detail page: status, waitlist rank, check-in and check-out, hours. */
export function MyRegistrationCard({ activity, registration, checkin }: MyRegistrationCardProps) {
  const phase = checkinWindow(activity.startsAt, activity.endsAt)
  const confirmed = registration.status === 'confirmed'
  let guidance: ReactNode = null
  if (!confirmed) {
    guidance = <Text className='my-registration__hint'>有人取消后将按候补顺序自动递补，递补成功会通知你。</Text>
  } else if (registration.checkedOutAt) {
    guidance = <Text className='my-registration__hint'>感谢你的志愿服务！服务时长已计入「我的时长」。</Text>
  } else if (phase === 'before') {
    guidance = (
      <Text className='my-registration__hint'>
        活动开始前 1 小时开放签到。如需取消，请在 {formatDateTime(activity.cancelCutoffAt)} 前操作。
      </Text>
    )
  } else if (phase === 'open') {
    const label = registration.checkedInAt ? '签退' : '签到'
    // Scanning where the phone can; the 6-digit code everywhere, for those who cannot scan.
    guidance = (
      <>
        {canScanCode ? <Text className='my-registration__hint'>到达现场后，点击下方「扫码{label}」，扫描联系人出示的签到码。</Text> : null}
        <CheckinCodeEntry label={label} busy={checkin.busy} onSubmit={checkin.submitCode} />
      </>
    )
  } else {
    guidance = <Text className='my-registration__hint'>签到已结束。如记录有误，请联系活动联系人修正。</Text>
  }

  return (
    <View className='my-registration'>
      <View className='my-registration__header'>
        <Text className='my-registration__title'>我的报名</Text>
        <View className='my-registration-status'>
          <SignupBadge state={activity.signupState} mine={registration.status} rank={registration.waitlistRank} />
        </View>
      </View>
      {confirmed ? (
        <View className='my-registration__facts'>
          <Fact label='签到' value={registration.checkedInAt ? formatTime(registration.checkedInAt) : '未签到'} className='my-checkin-time' />
          <Fact label='签退' value={registration.checkedOutAt ? formatTime(registration.checkedOutAt) : '—'} className='my-checkout-time' />
          <Fact label='服务时长' value={registration.checkedOutAt ? formatHours(registration.hours) : '签退后计算'} className='my-hours' />
        </View>
      ) : null}
      {guidance}
      <QueuedScans checkin={checkin} />
    </View>
  )
}

function Fact({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <View className={`my-registration__fact ${className}`}>
      <Text className='my-registration__fact-label'>{label}</Text>
      <Text className='my-registration__fact-value'>{value}</Text>
    </View>
  )
}
