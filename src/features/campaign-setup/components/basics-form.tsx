import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TCampaignBasicsInput, TCampaignSetup, TPeriodInput } from '../../../../types/api/campaign-setup'
import { PeriodField } from './period-field'
import { SetupChips, SetupError, SetupField } from './setup-ui'

/** The stored period as the editor's input. */
export function periodInput(period: TCampaignSetup['campaign']['period']): TPeriodInput {
  if (period.kind === 'month') return { kind: 'month', month: period.start.slice(0, 7) }
  if (period.kind === 'year_round') return { kind: 'year_round', start: period.start }
  return { kind: 'range', start: period.start, end: period.end }
}

/** 联合发文单位 typed as one line: "、" or commas between them. */
function splitIssuers(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

export type TBasicsDraft = Omit<TCampaignBasicsInput, 'issuers' | 'year'> & { issuersText: string; yearText: string }

export function draftOf(c: TCampaignSetup['campaign']): TBasicsDraft {
  return {
    title: c.title,
    issuer: c.issuer,
    issuersText: c.issuers.join('、'),
    city: c.city,
    yearText: String(c.year),
    theme: c.theme ?? '',
    summary: c.summary ?? '',
    period: periodInput(c.period),
    isPublished: c.isPublished,
  }
}

export function basicsInput(d: TBasicsDraft): TCampaignBasicsInput {
  return {
    title: d.title,
    issuer: d.issuer,
    issuers: splitIssuers(d.issuersText),
    city: d.city,
    year: Number(d.yearText),
    theme: d.theme?.trim() ? d.theme : null,
    summary: d.summary?.trim() ? d.summary : null,
    period: d.period,
    isPublished: d.isPublished,
  }
}

interface BasicsFormProps {
  initial: TBasicsDraft
  /** A new campaign starts unpublished: no 发布 choice. */
  withPublish: boolean
  submitText: string
  busy: boolean
  error: string | null
  onSubmit: (draft: TBasicsDraft) => void
  onCancel?: () => void
}

/** 活动月名称, 发文单位, 联合发文, 城市, 年份, 主题, 摘要, 活动期间 (and 发布) as a form. */
export function BasicsForm({ initial, withPublish, submitText, busy, error, onSubmit, onCancel }: BasicsFormProps) {
  const [d, setD] = useState<TBasicsDraft>(initial)
  const set = <K extends keyof TBasicsDraft>(key: K, value: TBasicsDraft[K]) => setD((old) => ({ ...old, [key]: value }))
  const setYear = (yearText: string) => {
    // The period follows the year typed, so the two never disagree by accident.
    const year = /^\d{4}$/.test(yearText) ? yearText : null
    const p = d.period
    const moved: TPeriodInput | null =
      year === null ? null : p.kind === 'month' ? { kind: 'month', month: `${year}${p.month.slice(4)}` } : p.kind === 'range' ? { kind: 'range', start: `${year}${p.start.slice(4)}`, end: `${year}${p.end.slice(4)}` } : { kind: 'year_round', start: `${year}${p.start.slice(4)}` }
    setD((old) => ({ ...old, yearText, period: moved ?? old.period }))
  }
  return (
    <View className='setup-form basics-form'>
      <SetupField label='活动月名称' name='title'>
        <Input className='setup-input basics-title' value={d.title} maxLength={120} placeholder='如：关于开展2027年学雷锋志愿服务集中活动的通知' onChange={(v) => set('title', v)} />
      </SetupField>
      <SetupField label='发文单位' name='issuer'>
        <Input className='setup-input basics-issuer' value={d.issuer} maxLength={60} placeholder='如：连云港市文明办' onChange={(v) => set('issuer', v)} />
      </SetupField>
      <SetupField label='联合发文' name='issuers' hint='多个单位用“、”隔开；不填即发文单位'>
        <Input className='setup-input basics-issuers' value={d.issuersText} placeholder='市委宣传部、市文明办、团市委' onChange={(v) => set('issuersText', v)} />
      </SetupField>
      <View className='setup-form__pair'>
        <SetupField label='城市或地区' name='city'>
          <Input className='setup-input basics-city' value={d.city} maxLength={30} onChange={(v) => set('city', v)} />
        </SetupField>
        <SetupField label='年份' name='year'>
          <Input className='setup-input basics-year' type='digit' value={d.yearText} maxLength={4} onChange={setYear} />
        </SetupField>
      </View>
      <SetupField label='活动主题' name='theme'>
        <Input className='setup-input basics-theme' value={d.theme ?? ''} maxLength={60} placeholder='如：践行二十大·志愿我先行（选填）' onChange={(v) => set('theme', v)} />
      </SetupField>
      <SetupField label='活动期间' name='period'>
        <PeriodField value={d.period} onChange={(period) => set('period', period)} />
      </SetupField>
      <SetupField label='通知摘要' name='summary'>
        <TextArea className='setup-textarea basics-summary' value={d.summary ?? ''} maxLength={2000} rows={4} placeholder='通知要点（选填）' onChange={(v) => set('summary', v)} />
      </SetupField>
      {withPublish ? (
        <SetupField label='对志愿者' name='published' hint='发布后志愿者可以看到本活动月和已发布的活动；单位联系人和组织方一直可见'>
          <SetupChips
            name='published'
            options={[
              { value: 'no', label: '暂不发布' },
              { value: 'yes', label: '发布' },
            ]}
            value={d.isPublished ? 'yes' : 'no'}
            onChange={(v) => set('isPublished', v === 'yes')}
          />
        </SetupField>
      ) : null}
      <SetupError message={error} />
      <View className='setup-form__actions'>
        {onCancel ? (
          <Button className='setup-cancel' fill='outline' onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button className='setup-submit basics-submit' type='primary' loading={busy} onClick={() => onSubmit(d)}>
          {submitText}
        </Button>
      </View>
    </View>
  )
}
