import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nodeFileTrace } from '@vercel/nft'
import { build } from 'esbuild'
import { PHOTO_CHECK_FUNCTIONS, PHOTO_MODEL_FILES } from '../../cloud/server/vercel-config'

/**
 * `npm run bench:function-size`: what Vercel would bundle for each function. Like @vercel/node,
 * the TypeScript is compiled first (esbuild, dependencies left as requires) and the output traced
 * with @vercel/nft, which follows requires into node_modules, native addons and read files. Goal for the
 * photo check function: ≤ 250 MB (Vercel's limit for an uncompressed function).
 */
const ROOT = path.resolve(__dirname, '../..')
const FUNCTIONS = ['cloud/api/photos/index.ts', 'cloud/api/cron/tick.ts', 'cloud/api/activities/index.ts']

async function main(): Promise<void> {
  const rows: { fn: string; files: number; mb: number; biggest: string }[] = []
  const out = mkdtempSync(path.join(ROOT, '.function-size-'))
  try {
    await run(out, rows)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
  for (const row of rows) console.log(`${row.fn.padEnd(34)} ${String(row.files).padStart(5)} files ${String(row.mb).padStart(7)} MB  (${row.biggest})`)
  const photo = rows[0]!
  console.log(`function-size: photo_mb=${photo.mb} goal_mb=250 ${photo.mb <= 250 ? 'ok' : 'OVER'}`)
}

async function run(out: string, rows: { fn: string; files: number; mb: number; biggest: string }[]): Promise<void> {
  for (const fn of FUNCTIONS) {
    const entry = path.join(out, `${fn.replace(/[/.[\]]/g, '_')}.js`)
    await build({ entryPoints: [path.join(ROOT, fn)], outfile: entry, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' })
    const { fileList } = await nodeFileTrace([entry], { base: ROOT })
    // What vercel.json adds with includeFiles (read by computed path, invisible to the tracer).
    if (PHOTO_CHECK_FUNCTIONS.some((file) => fn.endsWith(file))) PHOTO_MODEL_FILES.forEach((file) => fileList.add(file))
    const sizes = new Map<string, number>()
    for (const file of fileList) {
      if (file.startsWith(path.relative(ROOT, out))) continue
      const full = path.join(ROOT, file)
      const stat = statSync(full, { throwIfNoEntry: false })
      if (stat?.isFile()) {
        const top = file.split('/').slice(0, file.startsWith('node_modules/@') ? 3 : 2).join('/')
        sizes.set(top, (sizes.get(top) ?? 0) + stat.size)
      }
    }
    const total = [...sizes.values()].reduce((a, b) => a + b, 0)
    const biggest = [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, size]) => `${name} ${(size / 2 ** 20).toFixed(1)} MB`).join(', ')
    rows.push({ fn, files: fileList.size, mb: Math.round((total / 2 ** 20) * 10) / 10, biggest })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
