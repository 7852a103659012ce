import { UNIT_KIND_LABELS, type TUnitKind } from '../../../types/api/campaign-setup'
import type { TDistrictKind } from '../../../types/domain'
import { normaliseHeader } from '../arrangement/columns'
import { nameKey } from './names'

/** The unit-list columns the parser knows (序号 · 单位名称 · 所属县区/板块 · 类型). */
export type TUnitColumn = 'seq' | 'name' | 'district' | 'kind'

/** The column name each key reports its errors under. */
export const UNIT_COLUMN_LABELS: Record<TUnitColumn, string> = { seq: '序号', name: '单位名称', district: '所属县区/板块', kind: '类型' }

/** Header texts as organisers write them, normalised by normaliseHeader (NFKC, no spaces or *). */
const ALIASES: Array<[TUnitColumn, string[]]> = [
  ['seq', ['序号', '编号', '序', 'no', 'no.']],
  [
    'name',
    ['单位名称', '单位(组织)', '单位(组织)名称', '单位', '组织', '组织名称', '名称', '单位全称', '单位或组织名称', '单位/组织', '参与单位', '责任单位', '成员单位'],
  ],
  [
    'district',
    ['所属县区/板块', '所属县区', '县区', '区县', '所属区县', '县区/板块', '县(区)', '县市区', '所属板块', '板块', '所属县区(板块)', '县区(板块)', '所属区域', '区域', '片区', '所属地区', '地区', '所属县区或板块', '县区或功能板块', '所属县区/功能板块', '分组'],
  ],
  ['kind', ['类型', '单位类型', '单位性质', '性质', '类别', '单位类别', '组织类型']],
]

export function matchUnitHeader(text: string): TUnitColumn | null {
  const header = normaliseHeader(text)
  if (header === '') return null
  const bare = header.replace(/\([^)]*\)$/, '')
  for (const candidate of [header, bare]) {
    for (const [key, aliases] of ALIASES) if (aliases.includes(candidate)) return key
  }
  return null
}

/** Words people write in 类型, by kind (besides the labels themselves). */
const KIND_WORDS: Array<[TUnitKind, string[]]> = [
  ['town', ['乡镇', '镇', '乡', '街道', '镇街', '乡镇街道', '乡镇(街道)', '镇(街道)', '街镇']],
  ['department', ['部门', '机关', '部门单位', '市直部门', '市直单位', '机关单位', '事业单位', '政府部门', '市直机关', '单位']],
  ['school', ['学校', '高校', '中学', '小学', '大学', '中小学', '学院', '职校', '院校', '幼儿园']],
  ['company', ['企业', '公司', '国企', '民企', '国有企业', '民营企业', '非公企业']],
  ['team', ['志愿服务组织', '志愿组织', '志愿服务队', '志愿队', '队伍', '志愿服务队伍', '社会组织', '协会', '团队', '志愿者组织', '社团']],
  ['industry', ['行业单位', '行业', '行业系统', '窗口单位', '医院', '场馆', '文明行业', '窗口行业']],
  ['community', ['社区', '村', '社区(村)', '村(社区)', '村居', '村社区', '城乡社区']],
  ['other', ['其他', '其它']],
]

const KINDS = new Map<string, TUnitKind>()
for (const [kind, label] of Object.entries(UNIT_KIND_LABELS) as Array<[TUnitKind, string]>) KINDS.set(nameKey(label), kind)
for (const [kind, words] of KIND_WORDS) for (const word of words) KINDS.set(nameKey(word), kind)

/** A 类型 cell → the unit kind; null when it is not one people would recognise. */
export function matchUnitKind(text: string): TUnitKind | null {
  const key = nameKey(text.normalize('NFKC')).replace(/类$/, '')
  return KINDS.get(key) ?? KINDS.get(`${key}类`) ?? null
}

/** Cells meaning "no district" (市直 units the notice addresses directly). */
export function meansNoDistrict(text: string): boolean {
  return /^(无|\/|-|—|－|－－|——|\\)$/.test(text.trim())
}

/**
 * A new district's kind read off its name: 功能板块 (开发区, 徐圩新区, 高新区, 云台山景区) before
 * 县区 (东海县, 海州区), then 部门 groups; anything else is 其他 (the organiser can change it).
 */
export function inferDistrictKind(name: string): TDistrictKind {
  if (/(板块|园区|开发区|新区|高新区|功能区|度假区|示范区|保税区|港区|景区|产业区|片区)$/.test(name)) return 'function_area'
  if (/(县|区|市|旗)$/.test(name)) return 'county'
  if (/(部门|机关|市直|直属|委办局|系统|单位)$/.test(name)) return 'department'
  return 'other'
}
