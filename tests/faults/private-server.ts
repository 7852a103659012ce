import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'

const ROOT = path.resolve(__dirname, '../..')

export type TPrivateServer = {
  url: string
  databaseUrl: string
  dataDir: string
  child: ChildProcess
  /** Every line the server wrote to stdout so far (the JSON request log among them). */
  stdoutLines: () => string[]
  output: () => string
  /** A direct connection as the database owner, for fixtures and checks. */
  sql: postgres.Sql
  tokenFor: (userId: string) => string
  stop: () => Promise<void>
}

/**
 * `npm start`'s server on a data folder of its own, for tests that need an environment the shared
 * test server does not have (behind Vercel, a database they stop and start, storage that fails).
 * `env` adds or overrides variables; pass DATABASE_URL to use a Postgres the test runs itself.
 */
export async function startPrivateServer(env: Record<string, string | undefined> = {}): Promise<TPrivateServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-fault-'))
  chmodSync(dataDir, 0o755)
  const childEnv: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: '0', APP_ENV: 'test', LOCAL_JOBS_INTERVAL_SECONDS: '0' }
  delete childEnv.DATABASE_URL
  delete childEnv.PUBLIC_URL
  delete childEnv.SESSION_SECRET
  delete childEnv.WECHAT_APPID
  delete childEnv.WECHAT_SECRET
  Object.assign(childEnv, env)
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloud/server/start.ts', '--no-build', '--ready-json'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let all = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    all += chunk.toString('utf8')
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    all += chunk.toString('utf8')
  })
  const ready = await new Promise<{ url: string; databaseUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 150 s:\n${all}`)), 150_000)
    const poll = setInterval(() => {
      const line = stdout.split('\n').find((l) => l.startsWith('READY '))
      if (!line) return
      clearInterval(poll)
      clearTimeout(timer)
      resolve(JSON.parse(line.slice('READY '.length)) as { url: string; databaseUrl: string })
    }, 50)
    child.on('exit', (code) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new Error(`server exited with ${String(code)}:\n${all}`))
    })
  })
  const secret = readFileSync(path.join(dataDir, 'session-secret'), 'utf8').trim()
  const sql = postgres(env.DATABASE_URL ?? ready.databaseUrl, { onnotice: () => undefined, max: 10 })
  return {
    url: ready.url,
    databaseUrl: env.DATABASE_URL ?? ready.databaseUrl,
    dataDir,
    child,
    stdoutLines: () => stdout.split('\n'),
    output: () => all,
    sql,
    tokenFor: (userId) => issueSessionToken({ userId, ttlHours: 1 }, secret).token,
    stop: async () => {
      await sql.end({ timeout: 5 }).catch(() => undefined)
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The JSON request-log lines the server printed. */
export function requestLogLines(server: TPrivateServer): Array<Record<string, unknown>> {
  return server
    .stdoutLines()
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>]
      } catch {
        return []
      }
    })
}

export async function call(
  server: Pick<TPrivateServer, 'url'>,
  pathname: string,
  options: { method?: string; body?: unknown; token?: string; address?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  // Vercel's edge writes the caller's address first; anything after it is further hops.
  if (options.address) headers['x-forwarded-for'] = `${options.address}, 10.0.0.1`
  const response = await fetch(`${server.url}${pathname}`, {
    method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // non-JSON stays text
  }
  return { status: response.status, body, headers: response.headers }
}

/** Runs `count` calls with at most `parallel` in flight; answers in call order. */
export async function inBatches<T>(count: number, parallel: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) {
        const i = next
        next += 1
        results[i] = await make(i)
      }
    }),
  )
  return results
}

/** The log line of one request; stdout arrives a moment after the response, so it is waited for. */
export async function logLineOf(server: TPrivateServer, requestId: string, ms = 3000): Promise<Record<string, unknown> | undefined> {
  const end = Date.now() + ms
  for (;;) {
    const line = requestLogLines(server).find((l) => l.requestId === requestId)
    if (line || Date.now() > end) return line
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
