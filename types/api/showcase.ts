import { z } from 'zod'
import { isPhoneNumber } from '../phone'
import { ZSubmissionStatus, ZTimestamp, ZUuid, type TSubmissionStatus } from './common'

/**
 * 附件1 · 启动仪式现场展示项目申报表 (连云港 notice). The form's items, in the order it prints them.
 * 展示内容 and 需求提供 are lists of "n. 项目:" lines: a unit ticks the ones it has and writes what
 * exactly after the colon.
 */
export const SHOWCASE_DISPLAY_ITEMS = ['展板', '现场服务', '互动活动', '纪念品', '其他'] as const
export const SHOWCASE_EXTRA_NEEDS = ['场地', '桌椅', '电源', '其他'] as const
export const SHOWCASE_STANDARD_NEEDS = '标配一个帐篷（2.5米×2.5米）、一张桌子、两把椅子'
export const SHOWCASE_PICTURE_COUNT = 5

/**
 * 项目简介 is asked "300 字左右". We refuse to submit under 150 characters (half of it: a sentence or
 * two says too little to pick a project) or over 500 (the form's cell and a display board hold about
 * that much); drafts may hold up to 800 while the text is being cut down. Characters are counted as
 * 字数 is in Chinese word processors: every character except whitespace.
 */
export const SHOWCASE_SUMMARY_LIMITS = { min: 150, target: 300, max: 500, draftMax: 800 } as const

export function countSummaryCharacters(text: string): number {
  return Array.from(text.replace(/\s/g, '')).length
}

export const SUBMISSION_STATUS_LABELS: Record<TSubmissionStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  accepted: '已采用',
}

export const ZShowcaseDisplayItem = z.enum(SHOWCASE_DISPLAY_ITEMS)
export const ZShowcaseExtraNeed = z.enum(SHOWCASE_EXTRA_NEEDS)

const description = (label: string) => z.string().trim().max(200, `${label}的说明最多 200 个字`)

/** The form's fields. Drafts may leave any of them empty; submitting checks them all. */
export const ZShowcaseForm = z.object({
  organisationName: z.string().trim().max(100, '组织名称最多 100 个字'),
  projectName: z.string().trim().max(60, '项目名称最多 60 个字'),
  summary: z.string().trim().max(SHOWCASE_SUMMARY_LIMITS.draftMax, `项目简介最多 ${SHOWCASE_SUMMARY_LIMITS.draftMax} 个字`),
  /** The ticked 展示内容 items, each with what exactly (e.g. 展板: "3 块展板介绍…"). */
  displayContents: z
    .array(z.object({ item: ZShowcaseDisplayItem, description: description('展示内容') }))
    .max(SHOWCASE_DISPLAY_ITEMS.length)
    .refine((items) => new Set(items.map((i) => i.item)).size === items.length, '展示内容的项目重复了'),
  /** The standard tent, table and two chairs. */
  standardNeeds: z.boolean(),
  /** Ticked extra needs (场地, 桌椅, 电源, 其他), each with what exactly. */
  extraNeeds: z
    .array(z.object({ item: ZShowcaseExtraNeed, description: description('需求') }))
    .max(SHOWCASE_EXTRA_NEEDS.length)
    .refine((items) => new Set(items.map((i) => i.item)).size === items.length, '需求提供的项目重复了'),
  /** 对接负责人 · 单位与职务 · 联系方式 · 备注. */
  contactName: z.string().trim().max(30, '对接负责人姓名最多 30 个字'),
  contactUnitTitle: z.string().trim().max(100, '单位与职务最多 100 个字'),
  contactPhone: z.string().trim().max(30, '联系方式最多 30 个字'),
  remark: z.string().trim().max(200, '备注最多 200 个字'),
})
export type TShowcaseForm = z.infer<typeof ZShowcaseForm>

/** What is still missing before the application can be submitted, one Chinese line each. */
export type TMissingField = { field: string; message: string }

/**
 * Everything the notice asks for, checked before an application can be submitted. Each line names
 * the form's field in Chinese, so a unit contact reads exactly what is still to do. The server
 * refuses a submission with this list; the form shows it live while the person types.
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

export const ZShowcasePicture = z.object({
  id: ZUuid,
  /** 1–5: the order of the pictures in the package (1.jpg … 5.jpg). */
  position: z.number().int().min(1).max(SHOWCASE_PICTURE_COUNT),
  /** A smaller EXIF-free copy to show; the original goes into the package. */
  url: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  contentType: z.string(),
})
export type TShowcasePicture = z.infer<typeof ZShowcasePicture>

export const ZShowcaseDeadline = z.object({ id: ZUuid, title: z.string(), dueAt: ZTimestamp, passed: z.boolean() })
export type TShowcaseDeadline = z.infer<typeof ZShowcaseDeadline>

export const ZMissingField = z.object({ field: z.string(), message: z.string() })

export const ZShowcaseApplication = ZShowcaseForm.extend({
  id: ZUuid,
  unitId: ZUuid,
  status: ZSubmissionStatus,
  pictures: z.array(ZShowcasePicture),
  deadline: ZShowcaseDeadline.nullable(),
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  /** The organiser's reason when 退回. */
  returnReason: z.string().nullable(),
  updatedAt: ZTimestamp,
  missing: z.array(ZMissingField),
  /** The form and its pictures may be changed (draft or returned). */
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
})
export type TShowcaseApplication = z.infer<typeof ZShowcaseApplication>

/** GET /api/units/:id/showcase — the unit's projects, the deadline and the quota (各单位不少于1个). */
export const ZListShowcaseRequest = z.object({ id: ZUuid })
export const ZListShowcaseResponse = z.object({
  unit: z.object({ id: ZUuid, name: z.string(), campaignId: ZUuid }),
  deadline: ZShowcaseDeadline.nullable(),
  /** The least number of projects each unit files, when the campaign sets one. */
  minProjects: z.number().int().nullable(),
  items: z.array(ZShowcaseApplication),
})
export type TListShowcaseResponse = z.infer<typeof ZListShowcaseResponse>

/** POST /api/units/:id/showcase — a new draft (fields optional; the organisation defaults to the unit). */
export const ZCreateShowcaseRequest = z.object({ id: ZUuid, form: ZShowcaseForm.partial().optional() })
export type TCreateShowcaseRequest = z.infer<typeof ZCreateShowcaseRequest>

/** GET / DELETE (draft only) /api/showcase/:id */
export const ZShowcaseIdRequest = z.object({ id: ZUuid })

/** PUT /api/showcase/:id — save the form as it is (partial is fine in a draft). */
export const ZSaveShowcaseRequest = z.object({ id: ZUuid, form: ZShowcaseForm })
export type TSaveShowcaseRequest = z.infer<typeof ZSaveShowcaseRequest>

/** POST /api/showcase/:id/pictures — claim an upload (purpose showcase_picture) as the next picture. */
export const ZAddShowcasePictureRequest = z.object({ id: ZUuid, path: z.string().min(1).max(300) })
export type TAddShowcasePictureRequest = z.infer<typeof ZAddShowcasePictureRequest>

/** PUT /api/showcase/:id/pictures — the pictures' new order, every picture id once. */
export const ZReorderShowcasePicturesRequest = z.object({ id: ZUuid, pictureIds: z.array(ZUuid).min(1).max(SHOWCASE_PICTURE_COUNT) })
export type TReorderShowcasePicturesRequest = z.infer<typeof ZReorderShowcasePicturesRequest>

/** DELETE /api/showcase/:id/pictures/:pictureId */
export const ZRemoveShowcasePictureRequest = z.object({ id: ZUuid, pictureId: ZUuid })

/** POST /api/units/:id/showcase-export and /showcase-pictures-export — one project, or all of the unit's. */
export const ZShowcaseExportRequest = z.object({ id: ZUuid, applicationId: ZUuid.optional() })
export type TShowcaseExportRequest = z.infer<typeof ZShowcaseExportRequest>

export const ZDeleteShowcaseResponse = z.object({ deleted: z.literal(true) })
