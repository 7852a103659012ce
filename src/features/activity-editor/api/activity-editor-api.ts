import {
  ZManagedActivity,
  ZSaveUnitActivityResponse,
  ZUnitActivitiesResponse,
  ZWithdrawActivityResponse,
  type TCreateUnitActivityRequest,
  type TManagedActivity,
  type TSaveUnitActivityResponse,
  type TUnitActivitiesResponse,
  type TWithdrawActivityResponse,
} from '../../../../types/api/unit-activities'
import { request } from '../../../shared/request'

/** GET /api/units/:id/activities — the unit, its campaign period and its activities. */
export function getUnitActivities(unitId: string): Promise<TUnitActivitiesResponse> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/activities`, schema: ZUnitActivitiesResponse })
}

/** GET /api/activities/:id/edit — the whole editable record (drafts included). */
export function getEditableActivity(id: string): Promise<TManagedActivity> {
  return request({ path: `/api/activities/${encodeURIComponent(id)}/edit`, schema: ZManagedActivity })
}

/** POST /api/units/:id/activities */
export function createUnitActivity(unitId: string, body: TCreateUnitActivityRequest): Promise<TSaveUnitActivityResponse> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/activities`, method: 'POST', body, schema: ZSaveUnitActivityResponse })
}

/** PATCH /api/activities/:id/manage */
export function updateUnitActivity(id: string, body: TCreateUnitActivityRequest): Promise<TSaveUnitActivityResponse> {
  return request({ path: `/api/activities/${encodeURIComponent(id)}/manage`, method: 'PATCH', body, schema: ZSaveUnitActivityResponse })
}

/** POST /api/activities/:id/withdraw */
export function withdrawActivity(id: string, reason: string): Promise<TWithdrawActivityResponse> {
  return request({ path: `/api/activities/${encodeURIComponent(id)}/withdraw`, method: 'POST', body: { reason }, schema: ZWithdrawActivityResponse })
}
