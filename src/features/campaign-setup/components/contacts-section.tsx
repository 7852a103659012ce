import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TCampaignSetup, TContactInput } from '../../../../types/api/campaign-setup'
import { saveContacts } from '../api/setup-requests'
import type { TSetupState } from '../hooks/use-campaign-setup'
import { SetupError, SetupLink, SetupSection } from './setup-ui'

type TDraft = { name: string; organisation: string; phone: string; email: string }
const EMPTY: TDraft = { name: '', organisation: '', phone: '', email: '' }
const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/** 联系人 as the notice lists them (name, their office, phone, e-mail), edited as a list. */
export function ContactsSection({ setup, state }: { setup: TCampaignSetup; state: TSetupState }) {
  const [draft, setDraft] = useState<TDraft[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const edit = () => setDraft(setup.contacts.length > 0 ? setup.contacts.map((c) => ({ name: c.name, organisation: c.organisation ?? '', phone: c.phone ?? '', email: c.email ?? '' })) : [{ ...EMPTY }])
  const change = (index: number, field: keyof TDraft, value: string) => setDraft((rows) => rows?.map((row, i) => (i === index ? { ...row, [field]: value } : row)) ?? null)

  function submit() {
    if (!draft) return
    const contacts: TContactInput[] = draft
      .filter((row) => Object.values(row).some((v) => v.trim() !== ''))
      .map((row) => ({ name: row.name, organisation: orNull(row.organisation), phone: orNull(row.phone), email: orNull(row.email) }))
    void state.save('contacts', () => saveContacts(setup.campaign.id, contacts), '已保存').then((result) => {
      setError(result.ok ? null : result.message)
      if (result.ok) setDraft(null)
    })
  }

  return (
    <SetupSection id='contacts' title='联系人' hint='通知中列出的联系人，单位有疑问时联系' actions={setup.canEdit && !draft ? <SetupLink className='contacts-edit' label='编辑' onClick={edit} /> : null}>
      {draft ? (
        <View className='setup-form contact-form'>
          {draft.map((row, index) => (
            <View key={index} className={`contact-edit contact-edit--${index}`}>
              <View className='contact-edit__head'>
                <Text className='contact-edit__index'>第 {index + 1} 位</Text>
                <SetupLink label='移除' danger onClick={() => setDraft(draft.filter((_, i) => i !== index))} />
              </View>
              <View className='contact-edit__grid'>
                <Input className='setup-input contact-name' value={row.name} maxLength={20} placeholder='姓名' onChange={(v) => change(index, 'name', v)} />
                <Input className='setup-input contact-organisation' value={row.organisation} maxLength={60} placeholder='单位或处室（选填）' onChange={(v) => change(index, 'organisation', v)} />
                <Input className='setup-input contact-phone' value={row.phone} maxLength={30} placeholder='电话：手机或带区号座机' onChange={(v) => change(index, 'phone', v)} />
                <Input className='setup-input contact-email' value={row.email} maxLength={80} placeholder='电子邮箱（选填）' onChange={(v) => change(index, 'email', v)} />
              </View>
            </View>
          ))}
          <SetupLink className='contact-add' label='+ 添加联系人' onClick={() => setDraft([...draft, { ...EMPTY }])} />
          <SetupError message={error} />
          <View className='setup-form__actions'>
            <Button className='setup-cancel' fill='outline' onClick={() => setDraft(null)}>
              取消
            </Button>
            <Button className='setup-submit contacts-submit' type='primary' loading={state.busy === 'contacts'} onClick={submit}>
              保存联系人
            </Button>
          </View>
        </View>
      ) : setup.contacts.length === 0 ? (
        <Text className='setup-empty'>还没有联系人。</Text>
      ) : (
        <View className='contact-list'>
          {setup.contacts.map((c) => (
            <View key={c.id} className='contact-card'>
              <Text className='contact-card__name'>
                {c.name}
                {c.organisation ? <Text className='contact-card__org'> · {c.organisation}</Text> : null}
              </Text>
              <Text className='contact-card__ways'>{[c.phone, c.email].filter(Boolean).join('  ')}</Text>
            </View>
          ))}
        </View>
      )}
    </SetupSection>
  )
}
