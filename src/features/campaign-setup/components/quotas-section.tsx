import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { QUOTA_METRIC_LABELS, QUOTA_SUBJECT_LABELS, type TCampaignSetup, type TQuotaMetric, type TQuotaSubject } from '../../../../types/api/campaign-setup'
import { saveQuotas } from '../api/setup-requests'
import type { TSetupState } from '../hooks/use-campaign-setup'
import { SetupError, SetupLink, SetupSection } from './setup-ui'

const SUBJECTS = Object.keys(QUOTA_SUBJECT_LABELS) as TQuotaSubject[]
const METRICS = Object.keys(QUOTA_METRIC_LABELS) as TQuotaMetric[]
const key = (subject: TQuotaSubject, metric: TQuotaMetric) => `${subject}/${metric}`

/**
 * 指标: at least N 展示项目 / 重点活动 for each 县区, 功能板块 or unit (连云港: 县区 ≥ 6, 功能板块 ≥ 3,
 * 单位 ≥ 1 展示项目; 单位 ≥ 1 重点活动). A grid of six boxes; an empty box means no quota.
 */
export function QuotasSection({ setup, state }: { setup: TCampaignSetup; state: TSetupState }) {
  const [draft, setDraft] = useState<Record<string, string> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const stored = new Map(setup.quotas.map((q) => [key(q.subject, q.metric), q.minCount]))

  function edit() {
    setDraft(Object.fromEntries([...stored.entries()].map(([k, v]) => [k, String(v)])))
  }
  function submit() {
    if (!draft) return
    const quotas = SUBJECTS.flatMap((subject) =>
      METRICS.flatMap((metric) => {
        const text = (draft[key(subject, metric)] ?? '').trim()
        return text === '' ? [] : [{ subject, metric, minCount: Number(text) }]
      }),
    )
    void state.save('quotas', () => saveQuotas(setup.campaign.id, quotas), '已保存').then((result) => {
      setError(result.ok ? null : result.message)
      if (result.ok) setDraft(null)
    })
  }

  return (
    <SetupSection id='quotas' title='指标' hint='各县区、功能板块、单位至少报送的数量' actions={setup.canEdit && !draft ? <SetupLink className='quotas-edit' label='编辑' onClick={edit} /> : null}>
      <View className='quota-grid'>
        <View className='quota-grid__row quota-grid__row--head'>
          <Text className='quota-grid__cell quota-grid__cell--subject'> </Text>
          {METRICS.map((metric) => (
            <Text key={metric} className='quota-grid__cell'>
              {QUOTA_METRIC_LABELS[metric]}
            </Text>
          ))}
        </View>
        {SUBJECTS.map((subject) => (
          <View key={subject} className={`quota-grid__row quota-grid__row--${subject}`}>
            <Text className='quota-grid__cell quota-grid__cell--subject'>{QUOTA_SUBJECT_LABELS[subject]}</Text>
            {METRICS.map((metric) => {
              const k = key(subject, metric)
              if (draft) {
                return (
                  <View key={metric} className='quota-grid__cell'>
                    <Text className='quota-grid__ge'>≥</Text>
                    <Input className={`setup-number quota-input quota-input--${subject}-${metric}`} type='digit' maxLength={4} value={draft[k] ?? ''} placeholder='不限' onChange={(v) => setDraft({ ...draft, [k]: v })} />
                  </View>
                )
              }
              const value = stored.get(k)
              return (
                <Text key={metric} className={`quota-grid__cell quota-value${value ? '' : ' quota-value--none'}`}>
                  {value ? `≥ ${value} 个` : '—'}
                </Text>
              )
            })}
          </View>
        ))}
      </View>
      {draft ? (
        <>
          <SetupError message={error} />
          <View className='setup-form__actions'>
            <Button className='setup-cancel' fill='outline' onClick={() => setDraft(null)}>
              取消
            </Button>
            <Button className='setup-submit quotas-submit' type='primary' loading={state.busy === 'quotas'} onClick={submit}>
              保存指标
            </Button>
          </View>
        </>
      ) : null}
    </SetupSection>
  )
}
