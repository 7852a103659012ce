import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { InviteCodeForm } from '../../auth/components/invite-code-form'
import { a11yButton } from '../../accessibility/a11y-props'
import './join-unit-entry.scss'

/**
 * 加入单位 on 我的: one row that opens the invite-code box. Most people on 我的 are volunteers, who
 * never need a code; the few who do (单位联系人, 组织方, 区县管理员) were handed one by the 文明办 and
 * look for a 加入单位 entry, so the box waits behind it instead of sitting on every volunteer's page.
 */
export function JoinUnitEntry() {
  const [open, setOpen] = useState(false)
  return (
    <View className='join-unit'>
      <View
        className={`me-card join-unit__row join-unit-entry${open ? ' join-unit__row--open' : ''}`}
        hoverClass='join-unit__row--pressed'
        {...a11yButton(open ? '收起加入单位' : '加入单位：我是单位联系人或组织方')}
        onClick={() => setOpen(!open)}
      >
        <View className='join-unit__text'>
          <Text className='join-unit__title'>加入单位 · 我是单位联系人</Text>
          <Text className='join-unit__hint'>单位联系人、组织方、区县管理员凭文明办下发的邀请码加入</Text>
        </View>
        <Text className='join-unit__arrow'>{open ? '收起' : '›'}</Text>
      </View>
      {open ? <InviteCodeForm /> : null}
    </View>
  )
}
