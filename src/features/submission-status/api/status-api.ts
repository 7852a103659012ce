import {
  ZRemindResponse,
  ZStatusCellResponse,
  ZStatusResponse,
  ZSubmissionDecisionResponse,
  type TAcceptSubmissionRequest,
  type TRemindRequest,
  type TRemindResponse,
  type TReturnSubmissionRequest,
  type TStatusCellResponse,
  type TStatusCellState,
  type TStatusResponse,
  type TSubmissionDecisionResponse,
} from '../../../../types/api/submission-status'
import { request } from '../../../shared/request'

export type TStatusFilters = { districtId?: string; state?: TStatusCellState; deliverable?: string; q?: string }

const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}/status`

/** GET /api/campaigns/:id/status — the matrix, with the filters given. */
export function getStatusMatrix(campaignId: string, filters: TStatusFilters): Promise<TStatusResponse> {
  return request({ path: base(campaignId), query: filters, schema: ZStatusResponse })
}

/** GET /api/campaigns/:id/status/cell — one unit's submission for one deadline (none: its 重点活动). */
export function getStatusCell(campaignId: string, unitId: string, deadlineId: string | null): Promise<TStatusCellResponse> {
  return request({ path: `${base(campaignId)}/cell`, query: { unitId, deadlineId }, schema: ZStatusCellResponse })
}

/** POST …/status/return — 退回修改 with a reason. */
export function returnSubmission(campaignId: string, body: TReturnSubmissionRequest): Promise<TSubmissionDecisionResponse> {
  return request({ path: `${base(campaignId)}/return`, method: 'POST', body, schema: ZSubmissionDecisionResponse })
}

/** POST …/status/accept — 采用. */
export function acceptSubmission(campaignId: string, body: TAcceptSubmissionRequest): Promise<TSubmissionDecisionResponse> {
  return request({ path: `${base(campaignId)}/accept`, method: 'POST', body, schema: ZSubmissionDecisionResponse })
}

/** POST …/status/remind — one unit, or every unit that still owes the deadline. */
export function remindUnits(campaignId: string, body: TRemindRequest): Promise<TRemindResponse> {
  return request({ path: `${base(campaignId)}/remind`, method: 'POST', body, schema: ZRemindResponse })
}
