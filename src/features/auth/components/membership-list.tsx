import { Text, View } from '@tarojs/components'
import type { TMembership } from '../../../../types/api/auth'
import { RoleTag } from './role-tag'
import './auth.scss'

export function MembershipList({ memberships }: { memberships: TMembership[] }) {
  return (
    <View className='me-card membership-list'>
      <Text className='me-card__title'>我的身份</Text>
      {memberships.length === 0 ? (
        <Text className='me-card__empty'>还没有加入任何活动月。单位联系人、组织方、区县管理员可在下方输入邀请码。</Text>
      ) : (
        memberships.map((m) => (
          <View key={`${m.campaignId}:${m.role}:${m.unitId ?? ''}:${m.districtId ?? ''}`} className='membership'>
            <RoleTag role={m.role} className='membership__role' />
            <View className='membership__text'>
              {/* The campaign by its theme, as everywhere else; the notice's long title only when it has none. */}
              <Text className='membership__campaign'>{m.campaignTheme ?? m.campaignTitle}</Text>
              {m.unitName || m.districtName ? <Text className='membership__unit'>{m.unitName ?? m.districtName}</Text> : null}
            </View>
          </View>
        ))
      )}
    </View>
  )
}
