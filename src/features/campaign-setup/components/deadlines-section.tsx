import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TCampaignSetup, TSetupDeadline } from '../../../../types/api/campaign-setup'
import { DEADLINE_KIND_LABELS } from '../../../../types/domain'
import { confirmAction, showNotice } from '../../../shared/modal'
import { showMessage } from '../../../shared/toast'
import { addDeadline, addFridayDeadlines, deleteDeadline, updateDeadline } from '../api/setup-requests'
import { deadlineParts, localParts } from '../deadline-text'
import { describeSetupError, type TSetupState } from '../hooks/use-campaign-setup'
import { DeadlineForm } from './deadline-form'
import { FridayForm } from './friday-form'
import { SetupLink, SetupSection } from './setup-ui'
import { quoteName } from '../../../../types/quote-name'

type TMode = { kind: 'none' } | { kind: 'add' } | { kind: 'fridays' } | { kind: 'edit'; id: string }

function answered(d: TSetupDeadline): string | null {
  const parts = [d.submitted > 0 ? `${d.submitted} 个单位已提交` : null, d.started > 0 ? `${d.started} 个单位草稿` : null].filter(Boolean)
  return parts.length > 0 ? parts.join(' · ') : null
}

/** 截止时间: every deadline in date order, added one by one or as every Friday of a month. */
export function DeadlinesSection({ setup, state }: { setup: TCampaignSetup; state: TSetupState }) {
  const [mode, setMode] = useState<TMode>({ kind: 'none' })
  const [error, setError] = useState<string | null>(null)
  const id = setup.campaign.id
  const close = () => {
    setMode({ kind: 'none' })
    setError(null)
  }
  const after = (result: { ok: boolean; message?: string }) => {
    if (result.ok) close()
    else setError(result.message ?? null)
  }

  async function remove(d: TSetupDeadline) {
    const sure = await confirmAction({ title: `删除${quoteName(d.title, '“”')}？`, content: '单位将不再看到这个截止时间。已有单位报送的截止时间不能删除。', confirmText: '删除', cancelText: '不删除' })
    if (!sure) return
    const result = await state.save(`delete:${d.id}`, () => deleteDeadline(id, d.id), '已删除')
    if (!result.ok) await showNotice('不能删除', result.message)
  }

  async function fridays(input: { month: string; time: string; titleSuffix: string }) {
    try {
      const reply = await addFridayDeadlines(id, input)
      state.replace(reply.setup)
      close()
      const skipped = reply.skipped.length > 0 ? `，${reply.skipped.length} 个周五已有截止时间未重复生成` : ''
      showMessage(`已生成 ${reply.created.length} 个周五截止时间${skipped}`)
    } catch (e) {
      setError(describeSetupError(e))
    }
  }

  const start = setup.campaign.period.start
  return (
    <SetupSection
      id='deadlines'
      title='截止时间'
      hint='北京时间；单位在工作台看到每一项和剩余天数'
      actions={
        setup.canEdit && mode.kind === 'none' ? (
          <>
            <SetupLink className='deadline-add' label='+ 截止时间' onClick={() => setMode({ kind: 'add' })} />
            <SetupLink className='deadline-fridays' label='+ 每周五' onClick={() => setMode({ kind: 'fridays' })} />
          </>
        ) : null
      }
    >
      {mode.kind === 'add' ? (
        <DeadlineForm
          initial={{ kind: 'activity_plan', title: DEADLINE_KIND_LABELS.activity_plan, date: start, time: '18:00' }}
          submitText='添加'
          busy={state.busy === 'deadline'}
          error={error}
          onCancel={close}
          onSubmit={(input) => void state.save('deadline', () => addDeadline(id, input), '已添加').then(after)}
        />
      ) : null}
      {mode.kind === 'fridays' ? <FridayForm month={start.slice(0, 7)} busy={false} error={error} onCancel={close} onSubmit={(input) => void fridays(input)} /> : null}
      {setup.deadlines.length === 0 ? <Text className='setup-empty'>还没有截止时间。按通知添加：活动安排表、展示项目申报、活动图片、每周统计表、总结、报告等。</Text> : null}
      <View className='deadline-list'>
        {setup.deadlines.map((d) => {
          if (mode.kind === 'edit' && mode.id === d.id) {
            return (
              <DeadlineForm
                key={d.id}
                initial={{ kind: d.kind, title: d.title, ...localParts(d.dueAt) }}
                submitText='保存'
                busy={state.busy === `deadline:${d.id}`}
                error={error}
                onCancel={close}
                onSubmit={(input) => void state.save(`deadline:${d.id}`, () => updateDeadline(id, d.id, input), '已保存').then(after)}
              />
            )
          }
          const p = deadlineParts(d.dueAt)
          const status = answered(d)
          return (
            <View key={d.id} className={`deadline-row deadline-row--${d.kind}`}>
              <View className='deadline-row__date'>
                {p.year !== setup.campaign.year ? <Text className='deadline-row__time'>{p.year}年</Text> : null}
                <Text className='deadline-row__day'>{p.day}</Text>
                <Text className='deadline-row__time'>
                  {p.weekday} {p.time}
                </Text>
              </View>
              <View className='deadline-row__main'>
                <Text className='deadline-row__kind'>{DEADLINE_KIND_LABELS[d.kind]}</Text>
                <Text className='deadline-row__title'>{d.title}</Text>
                {status ? <Text className='deadline-row__answered'>{status}</Text> : null}
              </View>
              {setup.canEdit && mode.kind === 'none' ? (
                <View className='deadline-row__actions'>
                  <SetupLink className='deadline-edit' label='编辑' onClick={() => setMode({ kind: 'edit', id: d.id })} />
                  <SetupLink className='deadline-delete' label='删除' danger onClick={() => void remove(d)} />
                </View>
              ) : null}
            </View>
          )
        })}
      </View>
    </SetupSection>
  )
}
