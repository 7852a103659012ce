import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TInvite, TListInvitesResponse } from '../../../../types/api/invites'
import { useInviteActions } from '../hooks/use-invite-actions'
import { InviteList } from './invite-list'
import { InviteSheet } from './invite-sheet'
import { PersonInviteForm } from './person-invite-form'
import { UnitInvitesPanel } from './unit-invites-panel'
import './invites.scss'

/**
 * 邀请码: units' codes on the left (one per unit, the poster), codes for people and every code
 * with its state on the right — stacked on a phone, two panes on a desk (≥ 1024 px).
 */
export function InviteManager({ data, reload }: { data: TListInvitesResponse; reload: () => Promise<void> }) {
  const actions = useInviteActions(data.campaign.id, reload)
  const [shown, setShown] = useState<TInvite | null>(null)

  return (
    <View className='invite-manager'>
      <View className='invite-manager__head'>
        <Text className='invite-manager__title'>{data.campaign.title}</Text>
        <Text className='invite-manager__counts'>
          有效 {data.counts.live} · 已用完 {data.counts.used_up} · 已过期 {data.counts.expired} · 已撤销 {data.counts.revoked}
        </Text>
      </View>
      <View className='invite-manager__panes'>
        <View className='invite-manager__pane'>
          <UnitInvitesPanel
            data={data}
            busy={actions.busy}
            onIssueAll={(options) => void actions.issue('all', { target: 'all_units', ...options })}
            onIssueUnit={(unitId, options) => void actions.issue(`unit:${unitId}`, { target: 'unit', unitId, ...options })}
            onShow={setShown}
            onRevoke={(invite) => void actions.revoke(invite)}
          />
        </View>
        <View className='invite-manager__pane'>
          <PersonInviteForm
            data={data}
            busy={actions.busy}
            onIssue={(request) =>
              void actions.issue('person', request).then((result) => {
                // A code for a person is passed on at once: show it large.
                const created = result?.created[0]
                if (created) setShown(created)
              })
            }
          />
          <InviteList items={data.items} onShow={setShown} onRevoke={(invite) => void actions.revoke(invite)} />
        </View>
      </View>
      <InviteSheet invite={shown} campaignTitle={data.campaign.title} onClose={() => setShown(null)} />
    </View>
  )
}
