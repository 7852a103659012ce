import { Text, View } from '@tarojs/components'
import type { TProfile } from '../../../../types/api/auth'
import './me.scss'

interface RealNameCardProps {
  profile: TProfile
  onEdit: () => void
}

/** 实名信息: what sign-up uses, shown to the person themself (phone masked by the API). */
export function RealNameCard({ profile, onEdit }: RealNameCardProps) {
  return (
    <View className='me-card real-name-card'>
      <View className='real-name-card__header'>
        <Text className='me-card__title'>报名信息</Text>
        <Text className='real-name-card__edit real-name-edit' onClick={onEdit}>
          {profile.complete ? '修改' : '去完善'}
        </Text>
      </View>
      {profile.complete ? (
        <View className='real-name-card__rows'>
          <Text className='real-name-card__row'>姓名：{profile.realName}</Text>
          <Text className='real-name-card__row'>手机：{profile.phoneMasked}</Text>
          <Text className='real-name-card__row real-name-card__row--muted'>已同意《隐私说明》，仅报名活动的单位和组织方可见</Text>
        </View>
      ) : (
        <Text className='me-card__hint'>首次报名前需填写真实姓名和手机号，并同意隐私说明。</Text>
      )}
    </View>
  )
}
