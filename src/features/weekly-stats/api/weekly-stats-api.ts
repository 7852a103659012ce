import { ZExportResponse, type TExportResponse } from '../../../../types/api/common'
import {
  ZStatsPicturesResponse,
  ZWeeklyStatsResponse,
  type TSaveWeeklyStatsRequest,
  type TStatsPicturesResponse,
  type TWeeklyStatsResponse,
} from '../../../../types/api/weekly-stats'
import { request } from '../../../shared/request'

const base = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/weekly-stats`

/** GET …/weekly-stats — one return (a Friday or the summary); without deadlineId the next one due. */
export function getWeeklyStats(unitId: string, deadlineId?: string): Promise<TWeeklyStatsResponse> {
  return request({ path: base(unitId), query: { deadlineId }, schema: ZWeeklyStatsResponse })
}

/** PUT …/weekly-stats — saves the draft; answers with the return as it now stands. */
export function saveWeeklyStats(unitId: string, body: TSaveWeeklyStatsRequest): Promise<TWeeklyStatsResponse> {
  return request({ path: base(unitId), method: 'PUT', body, schema: ZWeeklyStatsResponse, timeoutMs: 30_000 })
}

export function submitWeeklyStats(unitId: string, deadlineId: string): Promise<TWeeklyStatsResponse> {
  return request({ path: `${base(unitId)}/submit`, method: 'POST', body: { deadlineId }, schema: ZWeeklyStatsResponse, timeoutMs: 30_000 })
}

export function withdrawWeeklyStats(unitId: string, deadlineId: string): Promise<TWeeklyStatsResponse> {
  return request({ path: `${base(unitId)}/withdraw`, method: 'POST', body: { deadlineId }, schema: ZWeeklyStatsResponse })
}

/** POST …/export — the .xlsx in the notice's layout, as a short-lived link. */
export function exportWeeklyStats(unitId: string, deadlineId: string): Promise<TExportResponse> {
  return request({ path: `${base(unitId)}/export`, method: 'POST', body: { deadlineId }, schema: ZExportResponse, timeoutMs: 60_000 })
}

/** POST …/pictures — records a 新闻稿 picture uploaded with POST /api/uploads. */
export function addStatsPicture(unitId: string, deadlineId: string, path: string): Promise<TStatsPicturesResponse> {
  return request({ path: `${base(unitId)}/pictures`, method: 'POST', body: { deadlineId, path }, schema: ZStatsPicturesResponse, timeoutMs: 30_000 })
}

export function removeStatsPicture(unitId: string, deadlineId: string, pictureId: string): Promise<TStatsPicturesResponse> {
  return request({ path: `${base(unitId)}/pictures`, method: 'DELETE', query: { deadlineId, pictureId }, schema: ZStatsPicturesResponse })
}
