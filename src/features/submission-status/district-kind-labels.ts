import type { TDistrictKind } from '../../../types/domain'

/** 县区 / 功能板块 / 部门 as the notices call them. */
export const DISTRICT_KIND_LABELS: Record<TDistrictKind, string> = {
  county: '县区',
  function_area: '功能板块',
  department: '部门',
  other: '其他',
}
