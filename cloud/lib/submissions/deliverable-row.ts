import type { TSubmissionStatus } from '../../../types/api/common'
import type { TDeadlineKind } from '../../../types/domain'

/**
 * One row of app_private.unit_deliverables (per unit, the unit home) and of its set-based twin
 * app_private.campaign_deliverables (a whole campaign, the status matrix and the dashboard): both
 * return these columns; 20260301000560_unit_home.sql defines each state.
 */
export type TDeliverableRow = {
  unit_id: string
  deadline_id: string
  kind: TDeadlineKind
  title: string
  due_at: Date
  days_left: number
  state: 'not_started' | 'draft' | 'submitted' | 'overdue' | 'returned'
  record_status: TSubmissionStatus | null
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
  activities: number
  key_activities: number
  key_quota: number | null
  showcase_submitted: number
  showcase_drafts: number
  showcase_returned: number
  showcase_quota: number | null
  photos_total: number
  photos_passed: number
  photos_review: number
  photos_failed: number
  photos_checking: number
  photos_handed_in: number
  stats_expected: number
  stats_missing: number
  body_length: number
}
