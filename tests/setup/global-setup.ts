import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

declare global {
  // eslint-disable-next-line no-var
  var __LOCAL_SERVER__: ChildProcess | undefined
}

/**
 * Starts `npm start`'s server on a fresh data directory (so tests never touch a developer's data)
 * and a free port, then hands its URLs to the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-test-'))
  // mkdtemp makes the folder 0700; as root, Postgres runs as `postgres` and must reach its data
  // inside it (otherwise it is moved to /var/tmp and outlives the test run).
  chmodSync(dataDir, 0o755)
  const root = path.resolve(__dirname, '../..')
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: '0', APP_ENV: 'test', LOCAL_JOBS_INTERVAL_SECONDS: '0' }
  delete env.DATABASE_URL
  delete env.WECHAT_APPID
  delete env.WECHAT_SECRET
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'cloud/server/start.ts', '--no-build', '--ready-json'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  globalThis.__LOCAL_SERVER__ = child
  const ready = await new Promise<{ url: string; databaseUrl: string }>((resolve, reject) => {
    let buffered = ''
    const timer = setTimeout(() => reject(new Error(`local server did not start in 60 s:\n${buffered}`)), 60_000)
    let started = false
    child.stdout?.on('data', (chunk: Buffer) => {
      // After READY the server's output (a JSON log line per request) is drained and dropped: kept
      // and re-split on every chunk it cost the test process time quadratic in the requests made.
      if (started) return
      buffered += chunk.toString('utf8')
      const line = buffered.split('\n').find((l) => l.startsWith('READY '))
      if (line) {
        started = true
        buffered = ''
        clearTimeout(timer)
        resolve(JSON.parse(line.slice('READY '.length)) as { url: string; databaseUrl: string })
      }
    })
    child.on('exit', (code) => reject(new Error(`local server exited with ${String(code)}:\n${buffered}`)))
  })
  // The server must not keep jest alive; globalTeardown stops it.
  child.unref()
  ;(child.stdout as unknown as { unref?: () => void } | null)?.unref?.()
  process.env.TEST_API_URL = ready.url
  process.env.TEST_DATABASE_URL = ready.databaseUrl
  process.env.TEST_DATA_DIR = dataDir
}
