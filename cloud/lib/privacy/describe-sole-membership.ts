import type { TSoleMembership } from '../../../types/api/privacy'
import type { TSoleMembershipRow } from './repository'

/** What happens to a unit, district or campaign whose only contact / admin / organiser leaves. */
export function describeSoleMembership(row: TSoleMembershipRow): TSoleMembership {
  const base = { role: row.role, campaignTitle: row.campaign_title, unitName: row.unit_name, districtName: row.district_name }
  if (row.role === 'unit_contact') {
    return {
      ...base,
      consequence: `你是「${row.unit_name ?? ''}」唯一的单位联系人。注销后该单位暂无联系人：单位的活动、照片和已报送材料都会保留，报名者仍可参加已发布的活动；请先请组织方给接手的同事发单位邀请码。`,
    }
  }
  if (row.role === 'district_admin') {
    return {
      ...base,
      consequence: `你是「${row.district_name ?? ''}」唯一的区县管理员。注销后该区县暂无管理员，各单位的报送不受影响；组织方可以重新发区县管理员邀请码。`,
    }
  }
  return {
    ...base,
    consequence: `你是「${row.campaign_title}」唯一的组织方。注销后在有人用组织方邀请码加入之前，没有人能管理该活动月的设置、复核和导出（数据都会保留）；请先邀请另一位组织方。`,
  }
}
