import { Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import {
  countSummaryCharacters,
  SHOWCASE_DISPLAY_ITEMS,
  SHOWCASE_EXTRA_NEEDS,
  SHOWCASE_PICTURE_COUNT,
  SHOWCASE_STANDARD_NEEDS,
  SHOWCASE_SUMMARY_LIMITS,
  type TMissingField,
  type TShowcaseApplication,
  type TShowcaseForm,
} from '../../../../types/api/showcase'
import { CheckBox } from '../../../shared/ui/check-box'
import type { useShowcasePictures } from '../hooks/use-showcase-pictures'
import { ChoiceRows } from './choice-rows'
import { FormField, FormSection } from './form-section'
import { PictureSlots } from './picture-slots'
import './showcase.scss'

interface ShowcaseFormProps {
  application: TShowcaseApplication
  form: TShowcaseForm
  onChange: (patch: Partial<TShowcaseForm>) => void
  pictures: ReturnType<typeof useShowcasePictures>
  missing: TMissingField[]
}

const DISPLAY_PLACEHOLDERS = {
  展板: '如：3 块展板，介绍项目历程和成效',
  现场服务: '如：义诊、法律咨询、家电维修',
  互动活动: '如：垃圾分类小游戏、水质检测体验',
  纪念品: '如：环保袋 200 个',
  其他: '请说明',
} as const

const NEEDS_PLACEHOLDERS = {
  场地: '如：需要 5 米 × 3 米的空地',
  桌椅: '如：再加两张桌子、四把椅子',
  电源: '如：220V 插座一个，功率 1 千瓦',
  其他: '请说明',
} as const

function summaryTone(count: number): string {
  if (count < SHOWCASE_SUMMARY_LIMITS.min || count > SHOWCASE_SUMMARY_LIMITS.max) return 'summary-count--out'
  return 'summary-count--ok'
}

/** 附件1 · 启动仪式现场展示项目申报表, row by row as the notice prints it. */
export function ShowcaseForm({ application, form, onChange, pictures, missing }: ShowcaseFormProps) {
  const disabled = !application.canEdit
  const count = countSummaryCharacters(form.summary)
  return (
    <View className='showcase-form'>
      <FormSection title='基本信息'>
        <FormField label='组织名称'>
          <Input className='showcase-organisation' value={form.organisationName} placeholder='组织（单位）全称' maxLength={100} disabled={disabled} onChange={(v) => onChange({ organisationName: v })} />
        </FormField>
        <FormField label='项目名称'>
          <Input className='showcase-project-name' value={form.projectName} placeholder='如：河小青护河行动' maxLength={60} disabled={disabled} onChange={(v) => onChange({ projectName: v })} />
        </FormField>
      </FormSection>

      <FormSection
        title='项目简介'
        extra={
          <Text className={`summary-count ${summaryTone(count)}`}>
            {count} 字
          </Text>
        }
        hint={`300 字左右（可提交范围 ${SHOWCASE_SUMMARY_LIMITS.min}–${SHOWCASE_SUMMARY_LIMITS.max} 字）：项目做什么、为谁服务、做出了什么成效、现场展示什么`}
      >
        <TextArea
          className='showcase-summary'
          value={form.summary}
          placeholder='请介绍项目'
          maxLength={SHOWCASE_SUMMARY_LIMITS.draftMax}
          autoSize
          rows={6}
          disabled={disabled}
          onChange={(v) => onChange({ summary: v })}
        />
      </FormSection>

      <FormSection
        title='项目图片'
        extra={<Text className='form-section__extra'>{application.pictures.length}/{SHOWCASE_PICTURE_COUNT}</Text>}
        hint='5 张，每张不小于 1 MB 的 JPG 或 PNG 原图（手机相册选图时请勾选“原图”）。导出时按顺序单独打包为 1.jpg～5.jpg。'
      >
        <PictureSlots
          pictures={application.pictures}
          pending={pictures.pending}
          editable={application.canEdit}
          working={pictures.working}
          onAdd={() => void pictures.choose()}
          onRemove={(id) => void pictures.remove(id)}
          onMoveEarlier={(id) => void pictures.moveEarlier(id)}
          onDismiss={pictures.dismiss}
        />
      </FormSection>

      <FormSection title='展示内容' hint='勾选现场要展示的内容，并写明具体是什么'>
        <ChoiceRows
          className='display-contents'
          items={SHOWCASE_DISPLAY_ITEMS}
          chosen={form.displayContents}
          onChange={(displayContents) => onChange({ displayContents })}
          disabled={disabled}
          placeholders={DISPLAY_PLACEHOLDERS}
        />
      </FormSection>

      <FormSection title='需求提供'>
        <View className='showcase-form__standard'>
          <CheckBox checked={form.standardNeeds} onChange={(standardNeeds) => !disabled && onChange({ standardNeeds })}>
            <Text>{SHOWCASE_STANDARD_NEEDS}</Text>
          </CheckBox>
        </View>
        <Text className='form-section__hint'>有其他需求的请注明：</Text>
        <ChoiceRows
          className='extra-needs'
          items={SHOWCASE_EXTRA_NEEDS}
          chosen={form.extraNeeds}
          onChange={(extraNeeds) => onChange({ extraNeeds })}
          disabled={disabled}
          placeholders={NEEDS_PLACEHOLDERS}
        />
      </FormSection>

      <FormSection title='对接负责人'>
        <FormField label='姓名'>
          <Input className='showcase-contact-name' value={form.contactName} placeholder='对接负责人' maxLength={30} disabled={disabled} onChange={(v) => onChange({ contactName: v })} />
        </FormField>
        <FormField label='单位与职务'>
          <Input className='showcase-contact-title' value={form.contactUnitTitle} placeholder='如：市水利局团委 副书记' maxLength={100} disabled={disabled} onChange={(v) => onChange({ contactUnitTitle: v })} />
        </FormField>
        <FormField label='联系方式'>
          <Input className='showcase-contact-phone' value={form.contactPhone} placeholder='手机号或带区号的固定电话' maxLength={30} disabled={disabled} onChange={(v) => onChange({ contactPhone: v })} />
        </FormField>
        <FormField label='备注'>
          <Input className='showcase-remark' value={form.remark} placeholder='选填' maxLength={200} disabled={disabled} onChange={(v) => onChange({ remark: v })} />
        </FormField>
      </FormSection>

      {application.canEdit && missing.length > 0 ? (
        <View className='showcase-missing'>
          <Text className='showcase-missing__title'>提交前还需要：</Text>
          {missing.map((m) => (
            <Text key={m.field} className='showcase-missing__item'>
              · {m.message}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
