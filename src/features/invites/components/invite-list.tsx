import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { INVITE_STATE_LABELS, type TInvite, type TInviteState } from '../../../../types/api/invites'
import { formatDateTime } from '../../../shared/date'
import { Tabs } from '../../../shared/ui/tabs'
import { describeExpiry, describeUses, inviteRoleLabel, inviteTarget } from '../describe-invite'

type TFilter = 'all' | TInviteState

/** Every code of the campaign, newest first, by state: 有效 / 已用完 / 已过期 / 已撤销. */
export function InviteList({ items, onShow, onRevoke }: { items: TInvite[]; onShow: (invite: TInvite) => void; onRevoke: (invite: TInvite) => void }) {
  const [filter, setFilter] = useState<TFilter>('all')
  const count = (state: TInviteState) => items.filter((i) => i.state === state).length
  const tabs: Array<{ key: TFilter; label: string }> = [
    { key: 'all', label: `全部 ${items.length}` },
    ...(['live', 'used_up', 'expired', 'revoked'] as const).map((state) => ({ key: state, label: `${INVITE_STATE_LABELS[state]} ${count(state)}` })),
  ]
  const shown = filter === 'all' ? items : items.filter((i) => i.state === filter)
  return (
    <View className='invite-panel invite-list'>
      <View className='invite-panel__head'>
        <Text className='invite-panel__title'>全部邀请码</Text>
      </View>
      <Tabs tabs={tabs} value={filter} onChange={setFilter} />
      {shown.length === 0 ? (
        <Text className='invite-list__empty'>没有{filter === 'all' ? '' : INVITE_STATE_LABELS[filter]}邀请码</Text>
      ) : (
        shown.map((invite) => (
          <View key={invite.code} className={`invite-row invite-row--${invite.state}`}>
            <View className='invite-row__main' onClick={() => onShow(invite)}>
              <View className='invite-row__line'>
                <Text className='invite-row__code'>{invite.code}</Text>
                <Text className={`invite-state invite-state--${invite.state}`}>{INVITE_STATE_LABELS[invite.state]}</Text>
              </View>
              <Text className='invite-row__target'>
                {inviteRoleLabel(invite.role)} · {inviteTarget(invite)}
              </Text>
              <Text className='invite-row__meta'>
                {describeUses(invite)} · {invite.state === 'revoked' && invite.revokedAt ? `${formatDateTime(invite.revokedAt)} 撤销` : describeExpiry(invite.expiresAt)}
                {invite.createdByName ? ` · ${invite.createdByName} 生成` : ''}
              </Text>
            </View>
            {invite.state === 'live' ? (
              <Text className='invite-row__revoke invite-row-revoke' onClick={() => onRevoke(invite)}>
                撤销
              </Text>
            ) : null}
          </View>
        ))
      )}
    </View>
  )
}
