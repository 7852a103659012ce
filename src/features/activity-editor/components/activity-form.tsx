import { Input, Switch, TextArea } from '@nutui/nutui-react-taro'
// NutUI styles for the components only this subpackage uses (app.ts loads the shared ones).
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import { Text, View } from '@tarojs/components'
import { ACTIVITY_CATEGORIES, SERVED_POPULATIONS, type TActivityCategory, type TServedPopulation } from '../../../../types/domain'
import type { TUnitContext } from '../../../../types/api/unit-activities'
import type { ActivityFormValues, FieldErrors } from '../form-values'
import { ChoiceChips } from './choice-chips'
import { CoOrganisersField } from './co-organisers-field'
import { DateTimeField } from './date-time-field'
import { FormField, FormSection } from './form-field'
import { PlaceField } from './place-field'

const CATEGORY_OPTIONS = (Object.keys(ACTIVITY_CATEGORIES) as TActivityCategory[]).map((value) => ({ value, label: ACTIVITY_CATEGORIES[value] }))
const SERVED_OPTIONS = (Object.keys(SERVED_POPULATIONS) as TServedPopulation[]).map((value) => ({ value, label: SERVED_POPULATIONS[value] }))

interface ActivityFormProps {
  unit: TUnitContext
  form: ActivityFormValues
  errors: FieldErrors
  disabled: boolean
  update: (patch: Partial<ActivityFormValues>) => void
}

/** 2027-03-11 → 2027-03-10: sign-up usually closes the evening before. */
function dayBefore(date: string): string | null {
  const time = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(time) ? null : new Date(time - 86_400_000).toISOString().slice(0, 10)
}

/** Every column of 附件2 plus what volunteers need beyond the table, grouped as a unit thinks of them. */
export function ActivityForm({ unit, form, errors, disabled, update }: ActivityFormProps) {
  const located = form.latitude.trim() !== '' && form.longitude.trim() !== ''
  // Pickers stop at the period's end; a year-round campaign at the end of its year.
  const periodEnd = unit.periodEnd
  const toggleServed = (value: TServedPopulation) =>
    update({ servedPopulations: form.servedPopulations.includes(value) ? form.servedPopulations.filter((v) => v !== value) : [...form.servedPopulations, value] })

  return (
    <View className='activity-form'>
      <FormSection title='活动信息'>
        <FormField label='单位' name='unit'>
          <Text className='editor-readonly unit-name'>{unit.unitName}</Text>
        </FormField>
        <FormField label='活动名称' name='title' required error={errors.title}>
          <Input className='editor-input input-title' value={form.title} placeholder='如：“三月春风暖”社区义诊' maxLength={120} disabled={disabled} onChange={(v) => update({ title: v })} />
        </FormField>
        <FormField label='所属类别' name='category' required stacked error={errors.category}>
          <ChoiceChips options={CATEGORY_OPTIONS} selected={form.category ? [form.category] : []} disabled={disabled} className='category-chips' onToggle={(value) => update({ category: value })} />
        </FormField>
        <FormField label='活动内容' name='description' stacked error={errors.description}>
          <TextArea className='editor-textarea input-description' value={form.description} placeholder='做什么、为谁服务、志愿者要做哪些事' maxLength={2000} showCount autoSize disabled={disabled} onChange={(v) => update({ description: v })} />
        </FormField>
        <FormField label='重点活动' name='isKeyActivity' hint='每个单位至少开展 1 项重点志愿服务活动'>
          <Switch className='key-activity-switch' checked={form.isKeyActivity} disabled={disabled} onChange={(checked) => update({ isKeyActivity: checked })} />
        </FormField>
        <FormField label='序号' name='seqNo' error={errors.seqNo} hint='留空则按本单位顺序自动编号'>
          <Input className='editor-input input-seq-no' value={form.seqNo} type='number' placeholder='自动编号' disabled={disabled} onChange={(v) => update({ seqNo: v })} />
        </FormField>
      </FormSection>

      <FormSection title='时间' hint={`活动期间：${unit.yearRound ? `${unit.periodStart} 起全年` : `${unit.periodStart} 至 ${unit.periodEnd}`}`}>
        <FormField label='开始' name='startsAt' required stacked error={errors.startsAt}>
          <DateTimeField name='start' date={form.startDate} time={form.startTime} start={unit.periodStart} end={periodEnd} disabled={disabled}
            onChange={({ date, time }) => update({ startDate: date, startTime: time, ...(form.endDate < date ? { endDate: date } : {}) })} />
        </FormField>
        <FormField label='结束' name='endsAt' required stacked error={errors.endsAt}>
          <DateTimeField name='end' date={form.endDate} time={form.endTime} start={form.startDate || unit.periodStart} end={periodEnd} disabled={disabled}
            onChange={({ date, time }) => update({ endDate: date, endTime: time })} />
        </FormField>
        <FormField label='报名截止' name='signupDeadline' stacked error={errors.signupDeadline} hint='不填则活动开始时截止报名'>
          <DateTimeField name='deadline' date={form.deadlineDate} time={form.deadlineTime} start={`${unit.periodStart.slice(0, 4)}-01-01`} end={form.startDate || periodEnd} disabled={disabled} placeholder='不设截止时间' defaultTime='18:00' defaultDate={dayBefore(form.startDate) ?? undefined}
            onChange={({ date, time }) => update({ deadlineDate: date, deadlineTime: time })}
            onClear={() => update({ deadlineDate: '', deadlineTime: '' })} />
        </FormField>
      </FormSection>

      <FormSection title='地点'>
        <PlaceField form={form} errors={errors} disabled={disabled} update={update} />
        <FormField label='签到范围' name='geofenceRadiusM' error={errors.geofenceRadiusM} hint={located ? '开启后，志愿者须在活动地点附近才能签到' : '限定签到范围需要先定位活动地点'}>
          <Switch className='geofence-switch' checked={form.geofenceOn} disabled={disabled || (!located && !form.geofenceOn)} onChange={(checked) => update({ geofenceOn: checked })} />
        </FormField>
        {form.geofenceOn ? (
          <FormField label='半径（米）' name='geofenceRadius'>
            <Input className='editor-input input-geofence' value={form.geofenceRadius} type='number' placeholder='20–5000' disabled={disabled} onChange={(v) => update({ geofenceRadius: v })} />
          </FormField>
        ) : null}
      </FormSection>

      <FormSection title='联系人'>
        <FormField label='联系人' name='contactName' required error={errors.contactName}>
          <Input className='editor-input input-contact-name' value={form.contactName} placeholder='姓名' maxLength={30} disabled={disabled} onChange={(v) => update({ contactName: v })} />
        </FormField>
        <FormField label='联系电话' name='contactPhone' required error={errors.contactPhone}>
          <Input className='editor-input input-contact-phone' value={form.contactPhone} type='text' placeholder='手机号或带区号的座机' maxLength={20} disabled={disabled} onChange={(v) => update({ contactPhone: v })} />
        </FormField>
      </FormSection>

      <FormSection title='招募'>
        <FormField label='招募人数' name='capacity' error={errors.capacity} hint='不填则不限人数；满员后报名进入候补'>
          <Input className='editor-input input-capacity' value={form.capacity} type='number' placeholder='不限' disabled={disabled} onChange={(v) => update({ capacity: v })} />
        </FormField>
        <FormField label='携带物品' name='whatToBring' stacked error={errors.whatToBring}>
          <TextArea className='editor-textarea input-bring' value={form.whatToBring} placeholder='如：身份证、水杯；工具现场提供' maxLength={300} autoSize disabled={disabled} onChange={(v) => update({ whatToBring: v })} />
        </FormField>
        <FormField label='着装要求' name='dressCode' stacked error={errors.dressCode}>
          <TextArea className='editor-textarea input-dress' value={form.dressCode} placeholder='如：统一穿着红色志愿者马甲' maxLength={300} autoSize disabled={disabled} onChange={(v) => update({ dressCode: v })} />
        </FormField>
      </FormSection>

      <FormSection title='覆盖人群' hint='可多选，按肇庆统计表的类型'>
        <View className='editor-chips-block'>
          <ChoiceChips options={SERVED_OPTIONS} selected={form.servedPopulations} disabled={disabled} className='served-chips' onToggle={toggleServed} />
          {errors.servedPopulations ? <Text className='editor-field__error field-error--servedPopulations'>{errors.servedPopulations}</Text> : null}
        </View>
        {form.servedPopulations.includes('other') ? (
          <FormField label='其他人群' name='servedOther' required error={errors.servedOther}>
            <Input className='editor-input input-served-other' value={form.servedOther} placeholder='请说明，如：建筑工地务工人员' maxLength={100} disabled={disabled} onChange={(v) => update({ servedOther: v })} />
          </FormField>
        ) : null}
      </FormSection>

      <FormSection title='协办单位' hint='与本单位共同开展活动的组织'>
        <CoOrganisersField value={form.coOrganisers} disabled={disabled} onChange={(coOrganisers) => update({ coOrganisers })} />
        {errors.coOrganisers ? <Text className='editor-field__error field-error--coOrganisers'>{errors.coOrganisers}</Text> : null}
      </FormSection>
    </View>
  )
}
