import { Button, Input } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { DISTRICT_KIND_LABELS, UNIT_KIND_LABELS, type TCampaignSetup, type TDistrictInput, type TUnitInput, type TUnitKind } from '../../../../types/api/campaign-setup'
import type { TDistrictKind } from '../../../../types/domain'
import { labelled, SetupChips, SetupError, SetupField } from './setup-ui'

interface TFormProps<T> {
  initial: T
  submitText: string
  busy: boolean
  error: string | null
  onSubmit: (input: T) => void
  onCancel: () => void
}

function Actions({ submitText, busy, onSubmit, onCancel, name }: { submitText: string; busy: boolean; onSubmit: () => void; onCancel: () => void; name: string }) {
  return (
    <View className='setup-form__actions'>
      <Button className='setup-cancel' fill='outline' onClick={onCancel}>
        取消
      </Button>
      <Button className={`setup-submit ${name}-submit`} type='primary' loading={busy} onClick={onSubmit}>
        {submitText}
      </Button>
    </View>
  )
}

/** 县区 / 功能板块 / 部门 / 其他 with its name. */
export function DistrictForm({ initial, submitText, busy, error, onSubmit, onCancel }: TFormProps<TDistrictInput>) {
  const [name, setName] = useState(initial.name)
  const [kind, setKind] = useState<TDistrictKind>(initial.kind)
  return (
    <View className='setup-form district-form'>
      <SetupField label='名称' name='district-name'>
        <Input className='setup-input district-name' value={name} maxLength={30} placeholder='如：东海县、徐圩新区' onChange={setName} />
      </SetupField>
      <SetupField label='类型' name='district-kind' hint='县区和功能板块各有自己的指标'>
        <SetupChips name='district-kind' options={labelled(DISTRICT_KIND_LABELS)} value={kind} onChange={setKind} />
      </SetupField>
      <SetupError message={error} />
      <Actions name='district' submitText={submitText} busy={busy} onSubmit={() => onSubmit({ name, kind })} onCancel={onCancel} />
    </View>
  )
}

/** A unit: its name (unique in the campaign), kind, and district (or none: 市直 / 直属). */
export function UnitForm({ initial, districts, submitText, busy, error, onSubmit, onCancel }: TFormProps<TUnitInput> & { districts: TCampaignSetup['districts'] }) {
  const [name, setName] = useState(initial.name)
  const [kind, setKind] = useState<TUnitKind>(initial.kind)
  const [districtId, setDistrictId] = useState<string>(initial.districtId ?? 'none')
  const districtOptions = [...districts.map((d) => ({ value: d.id, label: d.name })), { value: 'none', label: '不属于县区（市直）' }]
  return (
    <View className='setup-form unit-form'>
      <SetupField label='单位名称' name='unit-name'>
        <Input className='setup-input unit-name' value={name} maxLength={60} placeholder='如：东海县文明办' onChange={setName} />
      </SetupField>
      <SetupField label='类型' name='unit-kind'>
        <SetupChips name='unit-kind' options={labelled(UNIT_KIND_LABELS)} value={kind} onChange={setKind} />
      </SetupField>
      <SetupField label='所属县区' name='unit-district'>
        <SetupChips name='unit-district' options={districtOptions} value={districtId} onChange={setDistrictId} />
      </SetupField>
      <SetupError message={error} />
      <Actions name='unit' submitText={submitText} busy={busy} onSubmit={() => onSubmit({ name, kind, districtId: districtId === 'none' ? null : districtId })} onCancel={onCancel} />
    </View>
  )
}
