import type { TTx } from '../db/client'
import { decideReportRow, decideShowcaseRow, decideSubmissionRow, type TDecision } from './repository'
import type { TTarget } from './resolve-target'

/** Writes 退回 or 采用 on the target's own table; null when the row was no longer in a state that allows it. */
export async function decideTarget(tx: TTx, target: TTarget, decision: TDecision, userId: string, now: Date): Promise<Date | null> {
  switch (target.entity) {
    case 'unit_submissions':
      return decideSubmissionRow(tx, target.id, decision, userId, now)
    case 'showcase_applications':
      return decideShowcaseRow(tx, target.id, decision, userId, now)
    case 'reports':
      return decideReportRow(tx, target.id, decision, userId, now)
  }
}
