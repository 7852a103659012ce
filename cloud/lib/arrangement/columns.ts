import { ACTIVITY_CATEGORIES, type TActivityCategory } from '../../../types/domain'

/** Columns the parser knows. `date`, `contactName`, `contactPhone` are variants units use. */
export type TColumnKey = 'seq' | 'unit' | 'time' | 'date' | 'place' | 'title' | 'description' | 'contact' | 'contactName' | 'contactPhone' | 'category'

/** The 附件2 column name each key reports its errors under. */
export const COLUMN_LABELS: Record<TColumnKey, string> = {
  seq: '序号',
  unit: '单位(组织)',
  time: '时间',
  date: '时间',
  place: '地点',
  title: '活动名称及内容',
  description: '活动名称及内容',
  contact: '联系人及电话',
  contactName: '联系人及电话',
  contactPhone: '联系人及电话',
  category: '所属类别',
}

/** Header texts seen for each column, normalised (see normaliseHeader). First match wins. */
const ALIASES: Array<[TColumnKey, string[]]> = [
  ['seq', ['序号', '编号', '序', 'no', 'no.']],
  ['unit', ['单位(组织)', '单位(组织)名称', '单位', '组织', '单位名称', '组织名称', '主办单位', '承办单位', '组织单位', '单位/组织', '活动单位', '责任单位']],
  ['date', ['日期', '活动日期']],
  ['time', ['时间', '活动时间', '开展时间', '日期及时间', '日期时间', '时间安排', '活动日期及时间']],
  ['place', ['地点', '活动地点', '地址', '活动地址', '开展地点']],
  ['title', ['活动名称及内容', '活动名称和内容', '活动名称与内容', '名称及内容', '活动名称及主要内容', '活动名称', '活动项目', '项目名称', '活动主题']],
  // A separate 内容 column beside 活动名称; on its own it is the title column (see findHeader).
  ['description', ['活动内容', '主要内容', '内容', '活动简介', '内容简介', '具体内容']],
  ['contact', ['联系人及电话', '联系人及联系电话', '联系人和电话', '联系人及联系方式', '联系人/电话', '联系人电话', '联系方式', '联系人/联系电话']],
  ['contactName', ['联系人', '负责人']],
  ['contactPhone', ['联系电话', '电话', '手机', '手机号码']],
  ['category', ['所属类别', '类别', '活动类别', '所属类型', '活动类型', '类型', '所属分类', '分类']],
]

/** Header cells as units write them: spaces and line breaks inside, full-width brackets, a * for required. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊:：]/g, '')
    .replace(/[【\[]/g, '(')
    .replace(/[】\]]/g, ')')
    .toLowerCase()
}

export function matchHeader(text: string): TColumnKey | null {
  const header = normaliseHeader(text)
  if (header === '') return null
  const bare = header.replace(/\([^)]*\)$/, '')
  for (const candidate of [header, bare]) {
    for (const [key, aliases] of ALIASES) if (aliases.includes(candidate)) return key
  }
  return null
}

export type THeaderMap = Partial<Record<TColumnKey, number>>

/** The columns without which a row cannot become an activity. */
export const REQUIRED: Array<{ label: string; satisfied: (map: THeaderMap) => boolean }> = [
  { label: '时间', satisfied: (map) => map.time !== undefined || map.date !== undefined },
  { label: '地点', satisfied: (map) => map.place !== undefined },
  { label: '活动名称及内容', satisfied: (map) => map.title !== undefined },
  { label: '联系人及电话', satisfied: (map) => map.contact !== undefined || (map.contactName !== undefined && map.contactPhone !== undefined) },
  { label: '所属类别', satisfied: (map) => map.category !== undefined },
]

const CATEGORY_ALIASES: Record<string, TActivityCategory> = {
  理论宣讲: 'theory',
  宣讲: 'theory',
  理论: 'theory',
  文化教育: 'culture_education',
  文化: 'culture_education',
  教育: 'culture_education',
  文明倡导: 'civility',
  文明: 'civility',
  爱心帮扶: 'care',
  帮扶: 'care',
  环境保护: 'environment',
  环保: 'environment',
  科学普及: 'science',
  科普: 'science',
  医疗健康: 'health',
  医疗卫生: 'health',
  健康: 'health',
  法律服务: 'legal',
  法律: 'legal',
  普法: 'legal',
}

/** "环境保护类", "环境保护", " 环境 保护 类 ", "环保" → environment. */
export function matchCategory(text: string): TActivityCategory | null {
  const bare = text.normalize('NFKC').replace(/\s+/g, '').replace(/类$/, '')
  return CATEGORY_ALIASES[bare] ?? null
}

export const CATEGORY_LIST = Object.values(ACTIVITY_CATEGORIES).join('、')
/** The note the notice prints under the table. */
export const CATEGORY_NOTE = `（所属类别可分为：${CATEGORY_LIST}）`
