import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TConsentState, TPrivacyOverviewResponse } from '../../../../types/api/privacy'
import { describeError } from '../../../shared/api-error'
import { confirmAction } from '../../../shared/modal'
import { showMessage, showSuccess } from '../../../shared/toast'
import { changeConsent } from '../api/privacy-api'
import './privacy.scss'

const PURPOSES = {
  registration: {
    title: '报名与联系',
    text: '保存你的姓名和手机号，供你报名的活动所属单位和组织方联系你、记录服务时长。报名需要这项同意。',
    withdraw: '撤回后将删除你保存的姓名和手机号，不能再报名新的活动（已报名的活动仍保留）；组织方导出的时长表中你的手机号将打码。下次报名时重新填写即可恢复。',
  },
  hours_report: {
    title: '向组织方报送服务时长',
    text: '组织方把你的姓名、手机号和服务时长登记到“i志愿”等志愿服务信息系统。可以单独撤回，不影响报名。',
    withdraw: '撤回后，组织方导出的时长表中你的手机号将打码，无法按手机号为你登记时长；你的时长仍会计入单位统计和你的服务证明。',
  },
} as const

const STATE_LABELS: Record<TConsentState['state'], string> = { given: '已同意', withdrawn: '已撤回', never: '未同意' }

function sinceText(consent: TConsentState): string {
  if (!consent.since) return consent.purpose === 'registration' ? '首次报名时填写资料并同意' : '同意“报名与联系”后生效'
  const when = consent.since.slice(0, 16).replace('T', ' ')
  return consent.state === 'given' ? `${when} 同意（${consent.policyVersion ?? ''} 版说明）` : `${when} 撤回`
}

/** Each consent with its state and time; withdrawal after a confirmation that says what stops. */
export function ConsentList({ overview, onChanged }: { overview: TPrivacyOverviewResponse; onChanged: (next: TPrivacyOverviewResponse) => void }) {
  const [busy, setBusy] = useState<string | null>(null)
  async function run(consent: TConsentState, action: 'withdraw' | 'grant') {
    const purpose = PURPOSES[consent.purpose]
    if (action === 'withdraw') {
      const confirmed = await confirmAction({ title: `撤回“${purpose.title}”`, content: purpose.withdraw, confirmText: '撤回同意' })
      if (!confirmed) return
    }
    setBusy(consent.purpose)
    try {
      onChanged(await changeConsent({ purpose: consent.purpose, action }))
      showSuccess(action === 'withdraw' ? '已撤回' : '已同意')
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(null)
    }
  }
  return (
    <View className='privacy-card consent-list'>
      <Text className='privacy-card__title'>我的授权</Text>
      {overview.consents.map((consent) => {
        const purpose = PURPOSES[consent.purpose]
        return (
          <View key={consent.purpose} className={`consent-item consent-item--${consent.purpose}`}>
            <View className='consent-item__head'>
              <Text className='consent-item__title'>{purpose.title}</Text>
              <Text className={`consent-item__state consent-item__state--${consent.state}`}>{STATE_LABELS[consent.state]}</Text>
            </View>
            <Text className='consent-item__text'>{purpose.text}</Text>
            <Text className='consent-item__since'>{sinceText(consent)}</Text>
            {consent.state === 'given' ? (
              <Button className='consent-item__action consent-withdraw' size='small' fill='outline' loading={busy === consent.purpose} onClick={() => void run(consent, 'withdraw')}>
                撤回同意
              </Button>
            ) : consent.purpose === 'hours_report' && consent.state === 'withdrawn' ? (
              <Button className='consent-item__action consent-grant' size='small' type='primary' fill='outline' loading={busy === consent.purpose} onClick={() => void run(consent, 'grant')}>
                重新同意
              </Button>
            ) : null}
          </View>
        )
      })}
      <View className='consent-item consent-item--location'>
        <View className='consent-item__head'>
          <Text className='consent-item__title'>位置</Text>
          <Text className='consent-item__state'>由系统权限决定</Text>
        </View>
        <Text className='consent-item__text'>只在需要现场定位签到时获取一次，不保存。可在微信或浏览器设置中关闭定位权限；关闭后请联系活动联系人为你补录签到。</Text>
      </View>
    </View>
  )
}
