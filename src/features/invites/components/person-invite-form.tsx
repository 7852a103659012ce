import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { INVITE_DEFAULTS, type TIssueInvitesRequest, type TListInvitesResponse } from '../../../../types/api/invites'

type TPersonRole = 'organiser' | 'district_admin'

interface PersonInviteFormProps {
  data: TListInvitesResponse
  busy: string | null
  onIssue: (request: TIssueInvitesRequest) => void
}

/** Codes for people rather than units: a further organiser, or a district's 区县管理员 (团委 / 文明办). */
export function PersonInviteForm({ data, busy, onIssue }: PersonInviteFormProps) {
  const [role, setRole] = useState<TPersonRole>('organiser')
  const [districtId, setDistrictId] = useState<string | null>(null)
  const [uses, setUses] = useState(String(INVITE_DEFAULTS.organiser.maxUses))
  const [days, setDays] = useState(String(INVITE_DEFAULTS.organiser.days))
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)

  function pickRole(next: TPersonRole) {
    setRole(next)
    setUses(String(INVITE_DEFAULTS[next].maxUses))
    setDays(String(INVITE_DEFAULTS[next].days))
    setError(null)
  }

  function submit() {
    const common = { maxUses: Number(uses), days: Number(days), note }
    if (role === 'district_admin') {
      if (!districtId) {
        setError('请选择区县')
        return
      }
      onIssue({ target: 'district_admin', districtId, ...common })
    } else {
      onIssue({ target: 'organiser', ...common })
    }
  }

  return (
    <View className='invite-panel person-invite'>
      <View className='invite-panel__head'>
        <Text className='invite-panel__title'>组织方 / 区县管理员邀请码</Text>
        <Text className='invite-panel__summary'>区县管理员只能查看本区县单位的报送情况，不能修改。</Text>
      </View>
      <View className='person-invite__roles'>
        {(['organiser', 'district_admin'] as const).map((key) => (
          <View
            key={key}
            className={`person-invite__chip person-invite-role-${key}${role === key ? ' person-invite__chip--active' : ''}`}
            onClick={() => pickRole(key)}
          >
            <Text>{key === 'organiser' ? '组织方' : '区县管理员'}</Text>
          </View>
        ))}
      </View>
      {role === 'district_admin' ? (
        data.districts.length === 0 ? (
          <Text className='invite-panel__error'>活动月还没有区县，请先在活动月设置中添加。</Text>
        ) : (
          <View className='person-invite__districts'>
            {data.districts.map((d) => (
              <View
                key={d.id}
                className={`person-invite__district person-invite-district${districtId === d.id ? ' person-invite__district--active' : ''}`}
                onClick={() => {
                  setDistrictId(d.id)
                  setError(null)
                }}
              >
                <Text>{d.name}</Text>
              </View>
            ))}
          </View>
        )
      ) : null}
      <View className='invite-panel__settings'>
        <Text className='invite-panel__setting-label'>可用</Text>
        <Input className='invite-panel__number person-invite-uses' type='digit' value={uses} maxLength={3} onChange={setUses} />
        <Text className='invite-panel__setting-label'>次，</Text>
        <Input className='invite-panel__number person-invite-days' type='digit' value={days} maxLength={3} onChange={setDays} />
        <Text className='invite-panel__setting-label'>天内有效</Text>
      </View>
      <Input className='person-invite__note person-invite-note' value={note} maxLength={40} placeholder='备注：发给谁（选填，如 市志愿者联合会 王老师）' onChange={setNote} />
      {error ? <Text className='invite-panel__error'>{error}</Text> : null}
      <Button className='person-invite-submit' type='primary' block loading={busy === 'person'} onClick={submit}>
        生成{role === 'organiser' ? '组织方' : '区县管理员'}邀请码
      </Button>
    </View>
  )
}
