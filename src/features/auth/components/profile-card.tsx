import { Text, View } from '@tarojs/components'
import type { TSessionUser } from '../../../../types/api/auth'
import './auth.scss'

export function ProfileCard({ user }: { user: TSessionUser }) {
  return (
    <View className='profile-card'>
      <View className='profile-card__avatar'>
        <Text>{user.displayName.slice(0, 1)}</Text>
      </View>
      <View className='profile-card__text'>
        <View className='profile-card__name-row'>
          <Text className='profile-card__name profile-name'>{user.displayName}</Text>
          {user.isDemo ? <Text className='profile-card__demo'>演示账号</Text> : null}
        </View>
        <Text className='profile-card__sub'>学雷锋 · 志愿我先行</Text>
      </View>
    </View>
  )
}
