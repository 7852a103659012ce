import type { TSubmissionStatus } from '../../../types/api/common'
import { AppError, type TErrorCode } from '../errors/app-error'


export type TSubmissionDecision = {
  /** See deadlinePassed. */
  deadlinePassed: boolean
  /** A draft or a returned item may be changed; a submitted one is withdrawn first, an accepted one is final. */
  editable: boolean
  /** Why it may not be submitted now (null: it may, as far as status and deadline go). */
  submit: 'submitted' | 'accepted' | 'deadline_passed' | null
  /** Why it may not be withdrawn now (null: it may). */
  withdraw: 'not_submitted' | 'accepted' | 'deadline_passed' | null
}

/** The deadline has gone by: due_at is before now (at due_at itself it is still open). No deadline never passes. */
export function deadlinePassed(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime()
}

/**
 * contracts.md's rule for everything a unit hands in (附件2, 附件1, photos, each Friday's statistics
 * and the summary, reports): it may be submitted before the deadline — or at any time once the
 * organiser returned it (退回); a submitted one may be withdrawn only before the deadline. One
 * function, so each page's buttons and the API's refusals never disagree. What else must be
 * complete before submitting is each domain's own check.
 */
export function decideSubmission(input: { status: TSubmissionStatus; dueAt: Date | null; now: Date }): TSubmissionDecision {
  const { status } = input
  const passed = deadlinePassed(input.dueAt, input.now)
  return {
    deadlinePassed: passed,
    editable: status === 'draft' || status === 'returned',
    // A returned item may be resubmitted after the deadline: the organiser asked for it.
    submit: status === 'submitted' || status === 'accepted' ? status : status === 'draft' && passed ? 'deadline_passed' : null,
    withdraw: status === 'accepted' ? 'accepted' : status !== 'submitted' ? 'not_submitted' : passed ? 'deadline_passed' : null,
  }
}

/**
 * What a domain says for each refusal, in its own words (附件1 says 申报表, photos 本单位照片, and
 * each names its deadline its own way).
 */
export type TSubmissionMessages = {
  /** Changing or submitting what is already submitted. */
  submitted: string
  /** Changing or submitting what the organiser accepted. */
  accepted: string
  /** Submitting after the deadline. */
  late: string
  /** Withdrawing what is not submitted. */
  notSubmitted: string
  /** Withdrawing after the deadline. */
  withdrawLate: string
  /** Withdrawing what was accepted, refused as already_submitted; without it that is notSubmitted. */
  withdrawAccepted?: string
}

export type TRefusal = { code: TErrorCode; message: string }

/** Why the item cannot be changed (saved, submitted) as it stands: submitted or accepted; else null. */
export function editRefusal(status: TSubmissionStatus, messages: Pick<TSubmissionMessages, 'submitted' | 'accepted'>): TRefusal | null {
  if (status === 'submitted') return { code: 'already_submitted', message: messages.submitted }
  if (status === 'accepted') return { code: 'already_submitted', message: messages.accepted }
  return null
}

export function submitRefusal(decision: TSubmissionDecision, messages: TSubmissionMessages): TRefusal | null {
  if (decision.submit === 'deadline_passed') return { code: 'deadline_passed', message: messages.late }
  return decision.submit === null ? null : editRefusal(decision.submit, messages)
}

export function withdrawRefusal(decision: TSubmissionDecision, messages: TSubmissionMessages): TRefusal | null {
  if (decision.withdraw === 'accepted' && messages.withdrawAccepted !== undefined) return { code: 'already_submitted', message: messages.withdrawAccepted }
  if (decision.withdraw === 'accepted' || decision.withdraw === 'not_submitted') return { code: 'not_submitted', message: messages.notSubmitted }
  if (decision.withdraw === 'deadline_passed') return { code: 'deadline_passed', message: messages.withdrawLate }
  return null
}

/** Throws the refusal, if there is one, as the API's error. */
export function refuseIf(refusal: TRefusal | null): void {
  if (refusal) throw new AppError(refusal.code, { userMessage: refusal.message })
}
