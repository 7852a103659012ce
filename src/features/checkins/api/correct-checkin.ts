import { ZCorrectCheckinResponse, type TCorrectCheckinRequest, type TRosterItem } from '../../../../types/api/checkins'
import { request } from '../../../shared/request'

/** PATCH /api/registrations/:id/checkin — the unit contact corrects a record (kept in the audit log). */
export async function correctCheckin(registrationId: string, body: TCorrectCheckinRequest): Promise<TRosterItem> {
  const response = await request({
    path: `/api/registrations/${encodeURIComponent(registrationId)}/checkin`,
    method: 'PATCH',
    body,
    schema: ZCorrectCheckinResponse,
  })
  return response.item
}
