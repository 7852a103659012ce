import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { INVITE_DEFAULTS, type TInvite, type TListInvitesResponse } from '../../../../types/api/invites'
import { openInvitePoster } from '../navigation'

interface UnitInvitesPanelProps {
  data: TListInvitesResponse
  busy: string | null
  onIssueAll: (options: { maxUses: number; days: number }) => void
  onIssueUnit: (unitId: string, options: { maxUses: number; days: number }) => void
  onShow: (invite: TInvite) => void
  onRevoke: (invite: TInvite) => void
}

/**
 * 单位联系人邀请码: one live code per unit. "为所有单位生成" gives one to every unit that has none
 * (never a second one), 打印海报 opens the printable QR cards; each unit shows its code, who has
 * joined, and 二维码 / 撤销 / 生成.
 */
export function UnitInvitesPanel({ data, busy, onIssueAll, onIssueUnit, onShow, onRevoke }: UnitInvitesPanelProps) {
  const [uses, setUses] = useState(String(INVITE_DEFAULTS.unit_contact.maxUses))
  const [days, setDays] = useState(String(INVITE_DEFAULTS.unit_contact.days))
  const options = { maxUses: Number(uses), days: Number(days) }
  const byCode = new Map(data.items.map((invite) => [invite.code, invite]))
  const missing = data.units.filter((u) => !u.liveCode).length
  const withCode = data.units.length - missing
  const joined = data.units.filter((u) => u.contacts > 0).length

  return (
    <View className='invite-panel unit-invites'>
      <View className='invite-panel__head'>
        <Text className='invite-panel__title'>单位联系人邀请码</Text>
        <Text className='invite-panel__summary unit-invites-summary'>
          {data.units.length} 个单位 · {withCode} 个有有效邀请码 · {joined} 个已有联系人
        </Text>
      </View>
      <View className='invite-panel__settings'>
        <Text className='invite-panel__setting-label'>每个邀请码可用</Text>
        <Input className='invite-panel__number invite-uses' type='digit' value={uses} maxLength={3} onChange={setUses} />
        <Text className='invite-panel__setting-label'>次，</Text>
        <Input className='invite-panel__number invite-days' type='digit' value={days} maxLength={3} onChange={setDays} />
        <Text className='invite-panel__setting-label'>天内有效</Text>
      </View>
      <View className='invite-panel__actions'>
        <Button
          className='invite-issue-all'
          type='primary'
          disabled={missing === 0 || data.units.length === 0}
          loading={busy === 'all'}
          onClick={() => onIssueAll(options)}
        >
          {data.units.length === 0 ? '活动月还没有单位' : missing === 0 ? '每个单位都已有邀请码' : `为 ${missing} 个单位生成邀请码`}
        </Button>
        <Button className='invite-poster-open' fill='outline' type='primary' disabled={withCode === 0} onClick={() => openInvitePoster(data.campaign.id)}>
          打印二维码海报
        </Button>
      </View>
      <View className='unit-invites__list'>
        {data.units.map((unit) => {
          const invite = unit.liveCode ? byCode.get(unit.liveCode) : undefined
          return (
            <View key={unit.id} className='unit-invite unit-invite-row'>
              <View className='unit-invite__main'>
                <Text className='unit-invite__name'>{unit.name}</Text>
                <Text className='unit-invite__meta'>
                  {unit.districtName ? `${unit.districtName} · ` : ''}
                  {unit.contacts > 0 ? `已加入 ${unit.contacts} 人` : '还没有联系人加入'}
                  {invite ? ` · 已用 ${invite.useCount}/${invite.maxUses}` : ''}
                </Text>
              </View>
              {invite ? (
                <View className='unit-invite__side'>
                  <Text className='unit-invite__code unit-invite-code' onClick={() => onShow(invite)}>
                    {invite.code}
                  </Text>
                  <View className='unit-invite__links'>
                    <Text className='unit-invite__link unit-invite-qr' onClick={() => onShow(invite)}>
                      二维码
                    </Text>
                    <Text className='unit-invite__link' onClick={() => openInvitePoster(data.campaign.id, unit.id)}>
                      海报
                    </Text>
                    <Text className='unit-invite__link unit-invite__link--danger unit-invite-revoke' onClick={() => onRevoke(invite)}>
                      撤销
                    </Text>
                  </View>
                </View>
              ) : (
                <Button
                  className='unit-invite__issue unit-invite-issue'
                  size='small'
                  fill='outline'
                  type='primary'
                  loading={busy === `unit:${unit.id}`}
                  onClick={() => onIssueUnit(unit.id, options)}
                >
                  生成
                </Button>
              )}
            </View>
          )
        })}
      </View>
    </View>
  )
}
