import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { boot } from './boot'
import { defaultDataDir } from './embedded-db'

const ROOT = path.resolve(__dirname, '../..')
// H5_DIR: serve another H5 build (see TARO_OUTPUT_ROOT in config/index.ts).
const H5_DIR = path.resolve(ROOT, process.env.H5_DIR || 'dist/h5')

/**
 * `npm start`: the whole product on this machine. Flags: --no-build (serve whatever H5 build
 * exists), --ready-json (print one machine-readable READY line, for tests and benchmarks).
 */
async function main(): Promise<void> {
  // When Postgres goes away (a restart, a failover), postgres.js can reject a promise of a dropped
  // connection that nobody awaits any more (seen with `terminating connection due to administrator
  // command`, 57P01, in tests/faults/postgres-restart.test.ts). Node would end the whole server for
  // it; the requests themselves already got their 503. Log it as one JSON line and keep serving.
  process.on('unhandledRejection', (reason) => {
    const code = typeof reason === 'object' && reason !== null && 'code' in reason ? String(reason.code) : undefined
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'unhandled_rejection', code, message: reason instanceof Error ? reason.message : String(reason) }))
  })
  const started = Date.now()
  const args = new Set(process.argv.slice(2))
  if (!args.has('--no-build') && h5BuildIsStale()) buildH5()
  const booted = await boot({
    dataDir: process.env.DATA_DIR ?? defaultDataDir(),
    port: Number(process.env.PORT ?? 3000),
    staticDir: H5_DIR,
  })
  const seeded = booted.seed.skipped ? '数据已存在，沿用上次的数据' : `已写入 ${booted.seed.campaigns} 个活动月、${booted.seed.activities} 个活动（示例活动月：${booted.seed.demoYear} 年 3 月）`
  console.log(`\n学雷锋志愿服务月 is running: ${booted.url}  (${Date.now() - started} ms)`)
  console.log(`  ${seeded}`)
  console.log('  Local demo login: open 我的 → 本地演示登录. Ctrl+C stops; `npm run reset` wipes local data.\n')
  if (args.has('--ready-json')) console.log(`READY ${JSON.stringify({ url: booted.url, databaseUrl: booted.databaseUrl })}`)

  let closing = false
  const shutdown = (): void => {
    if (closing) return
    closing = true
    booted.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

/** Rebuild when there is no build or a source file is newer than it. */
function h5BuildIsStale(): boolean {
  const index = path.join(H5_DIR, 'index.html')
  if (!existsSync(index)) return true
  const builtAt = statSync(index).mtimeMs
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? newer(full) : statSync(full).mtimeMs > builtAt
    })
  return ['src', 'types', 'config'].some((dir) => existsSync(path.join(ROOT, dir)) && newer(path.join(ROOT, dir)))
}

function buildH5(): void {
  console.log('Building the H5 app (first start, or sources changed)…')
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, stdio: 'inherit', env: process.env })
  if (result.status !== 0) throw new Error('H5 build failed')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
