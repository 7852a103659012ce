import { withServiceTx } from '../db/transaction'
import { sendOutbox, type TSendSummary } from '../notifications/send-outbox'

export type TJobsSummary = { closedCheckouts: number; remindersQueued: number; outbox: TSendSummary }

/**
 * The periodic work: close forgotten check-outs, queue "activity tomorrow" reminders, deliver
 * queued reminders. Each step is idempotent, so overlapping or repeated runs do no harm.
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
  return { closedCheckouts, remindersQueued, outbox: await sendOutbox() }
}
