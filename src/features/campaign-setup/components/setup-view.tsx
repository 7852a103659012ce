import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { TCampaignSetup } from '../../../../types/api/campaign-setup'
import type { TSetupState } from '../hooks/use-campaign-setup'
import { BasicsSection } from './basics-section'
import { CopySheet, NewCampaignSheet } from './campaign-sheets'
import { ContactsSection } from './contacts-section'
import { DeadlinesSection } from './deadlines-section'
import { QuotasSection } from './quotas-section'
import { SetupHeader } from './setup-header'
import { UnitsSection } from './units-section'
import './campaign-setup.scss'

const SECTIONS = [
  { id: 'basics', label: '基本信息' },
  { id: 'deadlines', label: '截止时间' },
  { id: 'quotas', label: '指标' },
  { id: 'contacts', label: '联系人' },
  { id: 'units', label: '县区与单位' },
] as const

/**
 * 活动月设置: 基本信息 / 截止时间 / 指标 / 联系人 / 县区与单位. A phone gets them one under another
 * with a row of jump chips; a desk (≥ 1024 px) two columns, the long unit table on the right.
 * `canCreate`: the person organises some campaign, so may create or copy one.
 */
export function SetupView({ setup, state, canCreate }: { setup: TCampaignSetup; state: TSetupState; canCreate: boolean }) {
  const [sheet, setSheet] = useState<'copy' | 'new' | null>(null)
  return (
    <View className='setup-view'>
      <SetupHeader setup={setup} canCreate={canCreate} onCopy={() => setSheet('copy')} onNew={() => setSheet('new')} />
      <View className='setup-view__jump'>
        {SECTIONS.map((s) => (
          <Text key={s.id} className={`setup-view__jump-chip setup-jump-${s.id}`} onClick={() => void Taro.pageScrollTo({ selector: `#setup-${s.id}`, duration: 200, offsetTop: -8 }).catch(() => undefined)}>
            {s.label}
          </Text>
        ))}
      </View>
      <View className='setup-view__columns'>
        <View className='setup-view__column'>
          <BasicsSection setup={setup} state={state} />
          <DeadlinesSection setup={setup} state={state} />
        </View>
        <View className='setup-view__column'>
          <QuotasSection setup={setup} state={state} />
          <ContactsSection setup={setup} state={state} />
          <UnitsSection setup={setup} state={state} />
        </View>
      </View>
      {canCreate ? (
        <>
          <CopySheet key={`copy-${setup.campaign.id}`} setup={setup} open={sheet === 'copy'} onClose={() => setSheet(null)} />
          <NewCampaignSheet key={`new-${setup.campaign.id}`} setup={setup} open={sheet === 'new'} onClose={() => setSheet(null)} />
        </>
      ) : null}
    </View>
  )
}
