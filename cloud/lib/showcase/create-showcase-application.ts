import type { TCreateShowcaseRequest, TShowcaseApplication, TShowcaseForm } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getShowcaseApplication } from './get-showcase-application'
import { findManagedUnit, findShowcaseDeadline, insertApplication } from './repository'

export const EMPTY_SHOWCASE_FORM: TShowcaseForm = {
  organisationName: '',
  projectName: '',
  summary: '',
  displayContents: [],
  standardNeeds: true,
  extraNeeds: [],
  contactName: '',
  contactUnitTitle: '',
  contactPhone: '',
  remark: '',
}

/**
 * A new project as a draft. It answers the campaign's 附件1 deadline; a campaign without one does
 * not ask for showcase projects. 组织名称 starts as the unit's name, which most units keep.
 */
export async function createShowcaseApplication(session: TSessionClaims, request: TCreateShowcaseRequest): Promise<TShowcaseApplication> {
  const id = await withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, request.id)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const deadline = await findShowcaseDeadline(tx, unit.campaignId)
    if (!deadline) throw new AppError('not_found', { userMessage: '本活动月没有启动仪式现场展示项目申报' })
    const form = { ...EMPTY_SHOWCASE_FORM, organisationName: unit.name, ...request.form }
    return insertApplication(tx, { campaignId: unit.campaignId, unitId: unit.id, deadlineId: deadline.id, createdBy: session.sub, form })
  })
  return getShowcaseApplication(session, id)
}
