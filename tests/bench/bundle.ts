/**
 * `npm run bench:bundle`: production builds for weapp and H5, then their sizes.
 *
 * - weapp main package: every file in dist/weapp except subpackage roots (app.json) and the
 *   DevTools project files, which are not uploaded. WeChat's limit is 2048 KB; our goal ≤ 600 KB.
 * - H5: every file in dist/h5, plus the gzipped size of its JavaScript.
 *
 * The weapp output is also fed to WeChat's own wcc/wcsc compilers (shipped in
 * miniprogram-compiler) so a template or style the mini-program would reject fails here.
 * Every weapp page must also keep its navigation bar title (weapp-page-titles.ts: the page json's
 * title, and with enablePageMeta a <navigation-bar> fed by A11yPageMeta).
 * Ends with one machine-readable line: `bundle: weapp_main_kb=<n> h5_kb=<n>`.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { z } from 'zod'
import { checkWeappPageTitles } from './weapp-page-titles'

const ROOT = path.resolve(__dirname, '../..')
// BUNDLE_OUT=dist/x builds into dist/x-weapp and dist/x-h5, so parallel measurements leave dist/ alone.
const OUT = process.env.BUNDLE_OUT
const WEAPP_DIR = path.join(ROOT, OUT ? `${OUT}-weapp` : 'dist/weapp')
const H5_DIR = path.join(ROOT, OUT ? `${OUT}-h5` : 'dist/h5')
const WEAPP_LIMIT_KB = 2048
const WEAPP_GOAL_KB = 600
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json'])

const ZAppJson = z.object({
  subPackages: z.array(z.object({ root: z.string() })).optional(),
  subpackages: z.array(z.object({ root: z.string() })).optional(),
})

function build(type: 'weapp' | 'h5'): number {
  const started = Date.now()
  const result = spawnSync('npx', ['taro', 'build', '--type', type], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ...(OUT ? { TARO_OUTPUT_ROOT: path.relative(ROOT, type === 'weapp' ? WEAPP_DIR : H5_DIR) } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`taro build --type ${type} failed`)
  }
  return Date.now() - started
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10
const size = (file: string): number => statSync(file).size

function measureWeapp(): { mainBytes: number; subBytes: number; files: number } {
  const appJson = ZAppJson.parse(JSON.parse(readFileSync(path.join(WEAPP_DIR, 'app.json'), 'utf8')))
  const roots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) => p.root.replace(/\/?$/, '/'))
  let mainBytes = 0
  let subBytes = 0
  let files = 0
  for (const file of listFiles(WEAPP_DIR)) {
    if (NOT_UPLOADED.has(file)) continue
    const bytes = size(path.join(WEAPP_DIR, file))
    if (roots.some((root) => file.startsWith(root))) subBytes += bytes
    else {
      mainBytes += bytes
      files += 1
    }
  }
  return { mainBytes, subBytes, files }
}

function measureH5(): { totalBytes: number; jsBytes: number; jsGzipBytes: number; cssBytes: number } {
  let totalBytes = 0
  let jsBytes = 0
  let jsGzipBytes = 0
  let cssBytes = 0
  for (const file of listFiles(H5_DIR)) {
    const full = path.join(H5_DIR, file)
    const bytes = size(full)
    totalBytes += bytes
    if (file.endsWith('.js')) {
      jsBytes += bytes
      jsGzipBytes += gzipSync(readFileSync(full), { level: 9 }).length
    } else if (file.endsWith('.css')) cssBytes += bytes
  }
  return { totalBytes, jsBytes, jsGzipBytes, cssBytes }
}

/** WeChat's compilers; they throw on markup or styles the mini-program runtime would reject. */
function compileWithWechatCompilers(): string {
  // Untyped CommonJS package; only these two functions are used.
  const compiler: { wxmlToJs: (root: string) => string; wxssToJs: (root: string) => string } = require('miniprogram-compiler')
  try {
    compiler.wxmlToJs(WEAPP_DIR)
    compiler.wxssToJs(WEAPP_DIR)
    return 'ok'
  } catch (error) {
    return `FAILED: ${String(error).slice(0, 300)}`
  }
}

function main(): void {
  const weappMs = build('weapp')
  const weapp = measureWeapp()
  const wechatCompilers = compileWithWechatCompilers()
  const titles = checkWeappPageTitles(WEAPP_DIR)
  const h5Ms = build('h5')
  const h5 = measureH5()

  const rows: Array<[string, string]> = [
    ['weapp build', `${(weappMs / 1000).toFixed(1)} s`],
    ['weapp main package', `${kb(weapp.mainBytes)} KB (${weapp.files} files; goal ≤ ${WEAPP_GOAL_KB} KB, limit ${WEAPP_LIMIT_KB} KB)`],
    ['weapp subpackages', `${kb(weapp.subBytes)} KB`],
    ['weapp wcc/wcsc', wechatCompilers],
    ['weapp page titles', titles.problems.length === 0 ? `ok (${titles.pages} pages, ${titles.withPageMeta} with page-meta)` : `FAILED: ${titles.problems.join('; ')}`],
    ['h5 build', `${(h5Ms / 1000).toFixed(1)} s`],
    ['h5 total', `${kb(h5.totalBytes)} KB`],
    ['h5 js', `${kb(h5.jsBytes)} KB (gzip ${kb(h5.jsGzipBytes)} KB)`],
    ['h5 css', `${kb(h5.cssBytes)} KB`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
  if (kb(weapp.mainBytes) > WEAPP_GOAL_KB) console.log(`note: weapp main package is over the ${WEAPP_GOAL_KB} KB goal`)
  console.log(`bundle: weapp_main_kb=${kb(weapp.mainBytes)} h5_kb=${kb(h5.totalBytes)}`)

  if (kb(weapp.mainBytes) > WEAPP_LIMIT_KB || wechatCompilers !== 'ok' || titles.problems.length > 0) process.exitCode = 1
}

main()
