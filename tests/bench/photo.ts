/**
 * npm run bench:photo — time of the whole photo check per 12-megapixel JPEG, and peak memory.
 * The inputs are made at run time by upscaling the eval sets' `large` photos (never copied into
 * the repository) into a temporary folder, cropped from different corners so no two files are the same:
 * `<base>-large.jpg` of ../shared/photo-eval and `<base>__large.jpg` of ../shared/photo-eval-2
 * (crowded groups with small faces, and a six-person selfie). A set that is absent is skipped.
 * Last line: `photo: median_ms=<n> p95_ms=<n> peak_rss_mb=<n>`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { checkPhoto } from '../../cloud/lib/photo-check/check-photo'
import { loadPhotoEngines } from '../../cloud/lib/photo-check/engines'

const TARGET_PIXELS = 12_000_000
const ROUNDS = 2

type TContext = { campaignTheme: string | null; activityName: string | null }

/** The context each eval photo was submitted for (labels.json), so the banner is judged as it should be. */
async function contextsOf(evalDir: string): Promise<Map<string, TContext>> {
  const labels = JSON.parse(await readFile(path.join(evalDir, 'labels.json'), 'utf8')) as { file: string; context: TContext }[]
  return new Map(labels.map((l) => [path.basename(l.file, '.jpg'), l.context]))
}

async function makeInputs(evalDirs: string[], outDir: string): Promise<string[]> {
  const sources: string[] = []
  for (const evalDir of evalDirs) {
    const names = (await readdir(path.join(evalDir, 'images'))).filter((f) => /(-|__)large\.jpg$/.test(f)).sort()
    sources.push(...names.map((name) => path.join(evalDir, 'images', name)))
  }
  if (sources.length === 0) throw new Error(`no *-large.jpg or *__large.jpg in ${evalDirs.join(', ')}`)
  const files: string[] = []
  for (const input of sources) {
    const source = path.basename(input)
    const meta = await sharp(input).metadata()
    // Cropped from different corners, never mirrored: a mirrored banner cannot be read, which
    // would time a photo the check rejects early instead of the ones units send.
    const variants: { name: string; crop: number; fromEnd: boolean }[] = [
      { name: 'a', crop: 0, fromEnd: false },
      { name: 'b', crop: 0.04, fromEnd: true },
      { name: 'c', crop: 0.08, fromEnd: false },
    ]
    for (const variant of variants) {
      const width = Math.round((meta.width ?? 0) * (1 - variant.crop))
      const height = Math.round((meta.height ?? 0) * (1 - variant.crop))
      const scale = Math.sqrt(TARGET_PIXELS / (width * height))
      const file = path.join(outDir, `${path.basename(source, '.jpg')}-${variant.name}-12mp.jpg`)
      const left = variant.fromEnd ? (meta.width ?? 0) - width : 0
      const top = variant.fromEnd ? (meta.height ?? 0) - height : 0
      const pipeline = sharp(input).extract({ left, top, width, height })
      await writeFile(file, await pipeline.resize(Math.round(width * scale), Math.round(height * scale), { kernel: 'lanczos3' }).jpeg({ quality: 92 }).toBuffer())
      files.push(file)
    }
  }
  return files
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
}

async function main(): Promise<void> {
  // Child mode: make the inputs in a process of their own, so upscaling does not count in the
  // checker's peak memory.
  if (process.argv[2] === '--make-inputs') {
    console.log(JSON.stringify(await makeInputs(process.argv.slice(4), process.argv[3]!)))
    return
  }
  const repoRoot = path.resolve(__dirname, '../..')
  const evalDirs = (process.env.PHOTO_EVAL_DIR ? [process.env.PHOTO_EVAL_DIR] : [path.resolve(repoRoot, '../shared/photo-eval'), path.resolve(repoRoot, '../shared/photo-eval-2')]).filter(
    (dir) => existsSync(path.join(dir, 'labels.json')) || (console.log(`bench:photo: ${dir} is absent, skipped`), false),
  )
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'photo-bench-'))
  try {
    const made = execFileSync(process.execPath, [...process.execArgv, __filename, '--make-inputs', outDir, ...evalDirs], { encoding: 'utf8' })
    const files = JSON.parse(made.trim().split('\n').at(-1)!) as string[]
    const contexts = new Map<string, TContext>()
    for (const dir of evalDirs) for (const [name, context] of await contextsOf(dir)) contexts.set(name, context)
    const contextOf = (file: string) => contexts.get(path.basename(file).replace(/-[a-z]-12mp\.jpg$/, '')) ?? { campaignTheme: '学雷锋志愿服务月', activityName: null }
    const loadStarted = Date.now()
    const engines = await loadPhotoEngines()
    console.log(`models loaded in ${Date.now() - loadStarted} ms; ${files.length} inputs × ${ROUNDS} rounds on ${os.cpus().length} cores`)
    // One warm-up check: the first inference compiles kernels.
    await checkPhoto({ bytes: await readFile(files[0]!), context: { ...contextOf(files[0]!), purpose: 'activity' } }, engines)
    const times: number[] = []
    // Per-stage times (report.scores.timingsMs), to see where a check's time goes. banner and
    // people run side by side, each measured from the same start.
    const stages = new Map<string, number[]>()
    for (let round = 0; round < ROUNDS; round++) {
      for (const file of files) {
        const started = Date.now()
        const bytes = await readFile(file)
        const report = await checkPhoto({ bytes, context: { ...contextOf(file), purpose: 'activity', declaredType: 'photo.jpg' } }, engines)
        const ms = Date.now() - started
        times.push(ms)
        const people = report.scores.people as { count?: number; passes?: number } | undefined
        const timings = report.scores.timingsMs as Record<string, number> | undefined
        for (const [stage, value] of Object.entries(timings ?? {})) stages.set(stage, [...(stages.get(stage) ?? []), value])
        console.log(
          `${path.basename(file)} ${report.width}x${report.height} ${(bytes.length / 1024 / 1024).toFixed(1)} MB: ${report.verdict} [${report.reasons.join(',')}] people=${people?.count ?? '-'} passes=${people?.passes ?? '-'} ${ms} ms (decode ${timings?.decode ?? '-'}, clarity ${timings?.clarity ?? '-'}, people ${timings?.people ?? '-'}, banner ${timings?.banner ?? '-'})`,
        )
      }
    }
    times.sort((a, b) => a - b)
    const medianOf = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5)
    console.log(`stages (median ms): ${[...stages.entries()].map(([stage, values]) => `${stage}=${medianOf(values)}`).join(' ')}`)
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
    console.log(`photo: median_ms=${percentile(times, 0.5)} p95_ms=${percentile(times, 0.95)} peak_rss_mb=${peakRssMb}`)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
