import {
  countSummaryCharacters,
  SHOWCASE_PICTURE_COUNT,
  SHOWCASE_SUMMARY_LIMITS,
  type TMissingField,
  type TShowcaseForm,
} from '../../../types/api/showcase'
import { isPhoneNumber } from '../../../types/phone'

/**
 * Everything the notice asks for, checked before an application can be submitted. Each line names
 * the form's field in Chinese, so a unit contact reads exactly what is still to do.
 */
export function findMissingFields(form: TShowcaseForm, pictureCount: number): TMissingField[] {
  const missing: TMissingField[] = []
  const need = (field: string, message: string) => missing.push({ field, message })
  if (!form.organisationName) need('organisationName', '请填写组织名称')
  if (!form.projectName) need('projectName', '请填写项目名称')
  const chars = countSummaryCharacters(form.summary)
  if (chars === 0) need('summary', `请填写项目简介（${SHOWCASE_SUMMARY_LIMITS.target} 字左右）`)
  else if (chars < SHOWCASE_SUMMARY_LIMITS.min) {
    need('summary', `项目简介只有 ${chars} 字，请写到 ${SHOWCASE_SUMMARY_LIMITS.target} 字左右（至少 ${SHOWCASE_SUMMARY_LIMITS.min} 字）`)
  } else if (chars > SHOWCASE_SUMMARY_LIMITS.max) {
    need('summary', `项目简介有 ${chars} 字，请精简到 ${SHOWCASE_SUMMARY_LIMITS.target} 字左右（不超过 ${SHOWCASE_SUMMARY_LIMITS.max} 字）`)
  }
  if (pictureCount < SHOWCASE_PICTURE_COUNT) {
    need('pictures', `项目图片需要 ${SHOWCASE_PICTURE_COUNT} 张，还差 ${SHOWCASE_PICTURE_COUNT - pictureCount} 张`)
  }
  if (form.displayContents.length === 0) need('displayContents', '请至少勾选一项展示内容（展板、现场服务、互动活动、纪念品或其他）')
  for (const content of form.displayContents) {
    if (!content.description) need(`displayContents.${content.item}`, `请写明展示内容「${content.item}」的具体内容`)
  }
  for (const extra of form.extraNeeds) {
    if (!extra.description) need(`extraNeeds.${extra.item}`, `请注明需求「${extra.item}」的具体要求`)
  }
  if (!form.contactName) need('contactName', '请填写对接负责人')
  if (!form.contactUnitTitle) need('contactUnitTitle', '请填写对接负责人的单位与职务')
  if (!form.contactPhone) need('contactPhone', '请填写对接负责人的联系方式')
  else if (!isPhoneNumber(form.contactPhone)) need('contactPhone', `联系方式「${form.contactPhone}」不是有效的手机号或带区号的固定电话`)
  return missing
}
