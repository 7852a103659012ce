import { timingSafeEqual } from 'node:crypto'
import { isProduction, requireEnv } from '../../lib/config/env'
import { AppError } from '../../lib/errors/app-error'
import { defineHandler } from '../../lib/http/define-handler'
import { runScheduledJobs, type TJobsSummary } from '../../lib/jobs/run-scheduled-jobs'

/**
 * Vercel Cron calls this (vercel.json `crons`); the local server runs the same jobs every minute. Its
 * Authorization header carries the cron secret, not a session: defineHandler must not read it as one.
 */
export default defineHandler({
  GET: async ({ req }): Promise<TJobsSummary> => {
    const { CRON_SECRET } = requireEnv()
    const given = Buffer.from(req.headers.authorization ?? '')
    const expected = Buffer.from(`Bearer ${CRON_SECRET ?? ''}`)
    const allowed = CRON_SECRET ? given.length === expected.length && timingSafeEqual(given, expected) : !isProduction()
    if (!allowed) throw new AppError('cron_forbidden')
    return runScheduledJobs()
  },
}, { session: 'none' })
