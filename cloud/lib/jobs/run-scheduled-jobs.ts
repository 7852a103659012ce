import { withServiceTx } from '../db/transaction'
import { sendOutbox, type TSendSummary } from '../notifications/send-outbox'
import { runPhotoChecks } from '../photo-check/run-photo-checks'
import { backfillShownCopies } from '../privacy/backfill-shown-copies'
import { queueDeadlineReminders } from '../unit-home/queue-deadline-reminders'
import { pruneRateLimitCounters } from '../rate-limits/prune-rate-limit-counters'
import { sweepAbandonedUploads } from '../uploads/sweep-abandoned-uploads'

export type TJobsSummary = { closedCheckouts: number; remindersQueued: number; soonRemindersQueued: number; deadlineRemindersQueued: number; outbox: TSendSummary; photosChecked: number; uploadsSwept: number; rateLimitCountersPruned: number; shownCopiesMade: number }

/** The sweeper's share of a tick: photo checks left over (crashed workers, retries) get this long. */
const PHOTO_SWEEP_BUDGET_MS = 30_000
/** The back-fill of shown copies' share of a tick (about a second a photo). */
const SHOWN_COPY_BUDGET_MS = 10_000

/**
 * The periodic work: close forgotten check-outs, queue the day-before and two-hour start reminders, deliver
 * queued reminders, sweep photo checks that did not finish right after their upload, and remove uploads that were never recorded. Each step is idempotent, so overlapping or repeated runs do no harm.
 */
export async function runScheduledJobs(): Promise<TJobsSummary> {
  const closedCheckouts = await withServiceTx(async (tx) => {
    const [row] = await tx<{ closed: number }[]>`select app_private.close_forgotten_checkouts() as closed`
    return row?.closed ?? 0
  })
  const remindersQueued = await withServiceTx(async (tx) => {
    const [row] = await tx<{ queued: number }[]>`select app_private.enqueue_tomorrow_reminders() as queued`
    return row?.queued ?? 0
  })
  // Two hours before the start (same rules: confirmed sign-ups of published activities, once each).
  const soonRemindersQueued = await withServiceTx(async (tx) => {
    const [row] = await tx<{ queued: number }[]>`select app_private.enqueue_soon_reminders() as queued`
    return row?.queued ?? 0
  })
  // 报送提醒 3 days and 1 day before each deadline, for units that still owe it (sent just below).
  const deadlineRemindersQueued = await queueDeadlineReminders()
  const outbox = await sendOutbox()
  const photos = await runPhotoChecks({ budgetMs: PHOTO_SWEEP_BUDGET_MS })
  const uploadsSwept = await sweepAbandonedUploads()
  // Rate-limit windows that ended over an hour ago (cloud/lib/rate-limits).
  const rateLimitCountersPruned = await pruneRateLimitCounters()
  // EXIF-free copies of photos recorded before copies existed (cloud/lib/privacy): until made, they are left out of every list.
  const shownCopies = await backfillShownCopies({ budgetMs: SHOWN_COPY_BUDGET_MS })
  return { closedCheckouts, remindersQueued, soonRemindersQueued, deadlineRemindersQueued, outbox, photosChecked: photos.filter((r) => r.status === 'checked').length, uploadsSwept, rateLimitCountersPruned, shownCopiesMade: shownCopies.made }
}
