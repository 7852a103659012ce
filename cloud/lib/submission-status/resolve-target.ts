import type { TSubmissionStatus } from '../../../types/api/common'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import {
  findDeadline,
  findReport,
  findReportForDeadline,
  findScopeUnit,
  findShowcaseApplication,
  findSubmission,
} from './repository'
import { quoteName } from '../../../types/quote-name'

/** The one row a 退回 or 采用 changes, locked for the rest of the transaction. */
export type TTarget = {
  entity: 'unit_submissions' | 'showcase_applications' | 'reports'
  id: string
  unitId: string
  unitName: string
  deadlineId: string | null
  /** What the unit is told was returned: the deadline's title, or the showcase project. */
  title: string
  status: TSubmissionStatus
}

/**
 * Finds what is meant: a deadline's return of the unit (unit_submissions, or the report for report
 * deadlines), one showcase application, or one report — of a unit in the caller's scope of this
 * campaign. 附件1 is decided project by project, so a showcase deadline alone is not enough.
 */
export async function resolveTarget(
  tx: TTx,
  campaignId: string,
  input: { unitId: string; deadlineId?: string; showcaseApplicationId?: string; reportId?: string },
): Promise<TTarget> {
  const unit = await findScopeUnit(tx, campaignId, input.unitId)
  if (!unit) throw new AppError('unit_not_found', { userMessage: '没有这个单位，或它不在本活动月' })
  const base = { unitId: unit.id, unitName: unit.name }
  if (input.showcaseApplicationId) {
    const row = await findShowcaseApplication(tx, input.showcaseApplicationId, { lock: true })
    if (!row || row.unit_id !== unit.id || row.campaign_id !== campaignId) {
      throw new AppError('not_found', { userMessage: '没有找到这个单位的这份展示项目申报表' })
    }
    const name = row.project_name || '未命名项目'
    return { ...base, entity: 'showcase_applications', id: row.id, deadlineId: row.deadline_id, title: `展示项目申报表${quoteName(name)}`, status: row.status }
  }
  if (input.reportId) {
    const row = await findReport(tx, input.reportId, { lock: true })
    if (!row || row.unit_id !== unit.id || row.campaign_id !== campaignId) throw new AppError('not_found', { userMessage: '没有找到这个单位的这份报告' })
    const deadline = row.deadline_id ? await findDeadline(tx, campaignId, row.deadline_id) : null
    return { ...base, entity: 'reports', id: row.id, deadlineId: row.deadline_id, title: deadline?.title ?? row.title, status: row.status }
  }
  const deadline = input.deadlineId ? await findDeadline(tx, campaignId, input.deadlineId) : null
  if (!deadline) throw new AppError('not_found', { userMessage: '本活动月没有这个报送期限' })
  if (deadline.kind === 'showcase_application') {
    throw new AppError('validation_failed', { userMessage: '展示项目申报表请逐个项目处理：请指定是哪一个项目' })
  }
  const notYet = () => new AppError('not_submitted', { userMessage: `${unit.name}还没有提交${quoteName(deadline.title)}` })
  if (deadline.kind === 'report' || deadline.kind === 'status_report') {
    const row = await findReportForDeadline(tx, unit.id, deadline.id, { lock: true })
    if (!row) throw notYet()
    return { ...base, entity: 'reports', id: row.id, deadlineId: deadline.id, title: deadline.title, status: row.status }
  }
  const row = await findSubmission(tx, unit.id, deadline.id, { lock: true })
  if (!row) throw notYet()
  return { ...base, entity: 'unit_submissions', id: row.id, deadlineId: deadline.id, title: deadline.title, status: row.status }
}
