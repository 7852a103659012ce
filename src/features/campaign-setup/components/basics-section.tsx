import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TSetupState } from '../hooks/use-campaign-setup'
import { saveBasics } from '../api/setup-requests'
import type { TCampaignSetup } from '../../../../types/api/campaign-setup'
import { BasicsForm, basicsInput, draftOf } from './basics-form'
import { SetupLink, SetupSection } from './setup-ui'

function Row({ label, value, name }: { label: string; value: string | null; name: string }) {
  return (
    <View className={`basics-row basics-row--${name}`}>
      <Text className='basics-row__label'>{label}</Text>
      <Text className={`basics-row__value${value ? '' : ' basics-row__value--empty'}`}>{value || '未填写'}</Text>
    </View>
  )
}

/** 基本信息: read as the notice gives it, edited in place. */
export function BasicsSection({ setup, state }: { setup: TCampaignSetup; state: TSetupState }) {
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const c = setup.campaign
  return (
    <SetupSection
      id='basics'
      title='基本信息'
      actions={setup.canEdit && !editing ? <SetupLink className='basics-edit' label='编辑' onClick={() => setEditing(true)} /> : null}
    >
      {editing ? (
        <BasicsForm
          initial={draftOf(c)}
          withPublish
          submitText='保存基本信息'
          busy={state.busy === 'basics'}
          error={error}
          onCancel={() => {
            setEditing(false)
            setError(null)
          }}
          onSubmit={(draft) =>
            void state.save('basics', () => saveBasics(c.id, basicsInput(draft)), '已保存').then((result) => {
              setError(result.ok ? null : result.message)
              if (result.ok) setEditing(false)
            })
          }
        />
      ) : (
        <View className='basics-rows'>
          <Row name='title' label='活动月名称' value={c.title} />
          <Row name='issuer' label='发文单位' value={c.issuers.length > 1 ? c.issuers.join('、') : c.issuer} />
          <Row name='city' label='城市 · 年份' value={`${c.city} · ${c.year}年`} />
          <Row name='theme' label='活动主题' value={c.theme} />
          <Row name='period' label='活动期间' value={c.period.text} />
          <Row name='published' label='对志愿者' value={c.isPublished ? '已发布' : '未发布（志愿者看不到）'} />
          {c.summary ? <Text className='basics-summary-text'>{c.summary}</Text> : null}
        </View>
      )}
    </SetupSection>
  )
}
