import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A crashed `npm start` must start again with `npm start` alone (issue 12, item 3): after `kill -9`
 * the embedded Postgres it started keeps running and holds the data folder; the next start finds
 * that orphan (our data folder, our binary, no live server owning it), stops it and serves. A
 * Postgres that a live server still owns is never touched.
 */
jest.setTimeout(240_000)

const ROOT = path.resolve(__dirname, '../..')

type TStarted = { child: ChildProcess; url: string; output: () => string }

function startServer(dataDir: string, started: ChildProcess[] = []): Promise<TStarted> {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: '0', APP_ENV: 'test', LOCAL_JOBS_INTERVAL_SECONDS: '0' }
  delete env.DATABASE_URL
  delete env.PUBLIC_URL
  delete env.SESSION_SECRET
  // One process, as the server runs (tsx's CLI would put a wrapper process in between): `kill -9`
  // of this pid is a crash of the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloud/server/start.ts', '--no-build', '--ready-json'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 150 s:\n${output}`)), 150_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const line = output.split('\n').find((l) => l.startsWith('READY '))
      if (line) {
        clearTimeout(timer)
        resolve({ child, url: (JSON.parse(line.slice(6)) as { url: string }).url, output: () => output })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${String(code)}:\n${output}`))
    })
  })
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)))
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The folder sits in the OS temp dir, which the `postgres` user can reach: the cluster is <dataDir>/pg. */
function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return check()
}

describe('npm start after a crash', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-restart-'))
  // As root, Postgres runs as `postgres` and must reach its folder (see tests/setup/global-setup.ts).
  chmodSync(dataDir, 0o755)
  const children: ChildProcess[] = []

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await Promise.all(children.map(exited))
    const pid = postmasterPid(dataDir)
    if (pid && alive(pid)) process.kill(pid, 'SIGINT')
    await until(() => !pid || !alive(pid), 10_000)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('starts again after kill -9, stops the orphaned Postgres, and never touches one a live server owns', async () => {
    const first = await startServer(dataDir, children)
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200)
    const orphan = postmasterPid(dataDir)
    expect(orphan).toBeGreaterThan(0)

    first.child.kill('SIGKILL')
    await exited(first.child)
    // The crash leaves Postgres running on our data folder: the situation the issue reported.
    expect(alive(orphan!)).toBe(true)

    const second = await startServer(dataDir, children)
    expect(alive(orphan!)).toBe(false)
    expect(second.output()).toContain(`stopped the embedded Postgres (pid ${orphan}) left running by a crashed start`)
    const health = await fetch(`${second.url}/api/health`)
    expect(health.status).toBe(200)
    // The data survived: the second start found the seeded data instead of seeding again.
    expect(second.output()).toContain('数据已存在')

    // A third start while the second one runs: refused plainly, and the live server's Postgres is left alone.
    const owned = postmasterPid(dataDir)
    await expect(startServer(dataDir, children)).rejects.toThrow(/already in use/)
    expect(alive(owned!)).toBe(true)
    expect((await fetch(`${second.url}/api/health`)).status).toBe(200)

    second.child.kill('SIGTERM')
    expect(await exited(second.child)).toBe(0)
    expect(await until(() => !alive(owned!), 10_000)).toBe(true)
  })
})
