/**
 * npm run eval:photos -- --dir <dir> [--dir <dir> …] [--json <path>] [--only <substring>] [--verbose]
 *
 * Runs the real photo check on every image of each <dir>/labels.json (schema: the eval sets'
 * READMEs) with the context it was submitted for, and scores it the way those READMEs say:
 * - strict: the verdict equals `expected.verdict`, the reasons include every expected reason and
 *   nothing outside `reasons` + `alsoAcceptable`;
 * - balanced: the mean of the per-class verdict recalls (passed / needs_review / failed);
 * - headcount: the people count within `count ± tolerance` on sharp or mildly blurred, well
 *   exposed photos;
 * - unsafe: photos labelled `failed` that were `passed`.
 * `--json` writes one record per image: {dir, file, verdict, reasons, peopleCount, ms}, as a JSON array
 * (JSON Lines when the path ends in .jsonl).
 * Last line: `verdict agreement: A/N balanced=<x> strict=<s>/<N> headcount=<h>/<H> unsafe=<u>`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { checkPhoto } from '../lib/photo-check/check-photo'
import { loadPhotoEngines } from '../lib/photo-check/engines'
import type { TPhotoCheckReport, TVerdict } from '../lib/photo-check/types'

const ZLabel = z.object({
  file: z.string(),
  base: z.string(),
  context: z.object({ campaignTheme: z.string().nullable(), activityName: z.string().nullable() }),
  people: z.object({ count: z.number(), tolerance: z.number() }),
  banner: z.object({ present: z.boolean(), text: z.string().optional(), onTheme: z.boolean().optional() }),
  clarity: z.enum(['sharp', 'mild_blur', 'blurred']),
  exposure: z.enum(['ok', 'dark']),
  expected: z.object({
    verdict: z.enum(['passed', 'failed', 'needs_review']),
    reasons: z.array(z.string()),
    alsoAcceptable: z.array(z.string()).default([]),
  }),
})
type TLabel = z.infer<typeof ZLabel>

type TRow = { dir: string; label: TLabel; report: TPhotoCheckReport; ms: number }

const CLASSES: readonly TVerdict[] = ['passed', 'needs_review', 'failed']

function isStrictlyRight(label: TLabel, report: Pick<TPhotoCheckReport, 'verdict' | 'reasons'>): boolean {
  if (report.verdict !== label.expected.verdict) return false
  const allowed = new Set([...label.expected.reasons, ...label.expected.alsoAcceptable])
  return label.expected.reasons.every((r) => (report.reasons as string[]).includes(r)) && report.reasons.every((r) => allowed.has(r))
}

function peopleCountOf(report: TPhotoCheckReport): number | null {
  const count = (report.scores.people as { count?: unknown } | undefined)?.count
  return typeof count === 'number' ? count : null
}

function isCountable(label: TLabel): boolean {
  return label.clarity !== 'blurred' && label.exposure === 'ok'
}

function withinTolerance(row: TRow): boolean {
  const count = peopleCountOf(row.report)
  return count !== null && Math.abs(count - row.label.people.count) <= row.label.people.tolerance
}

function variantOf(label: TLabel): string {
  return path.basename(label.file, path.extname(label.file)).slice(label.base.length).replace(/^[-_]+/, '')
}

function pct(a: number, n: number): string {
  return n === 0 ? 'n/a' : `${((100 * a) / n).toFixed(1)} %`
}

async function readLabels(dir: string, only: string | undefined): Promise<TLabel[]> {
  const raw: unknown = JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8'))
  return z
    .array(ZLabel)
    .parse(raw)
    .filter((l) => !only || l.file.includes(only))
}

function printRow(row: TRow): void {
  const { label, report, ms } = row
  const banner = report.scores.theme_banner as { textSeen?: string; matchScore?: number } | undefined
  const mark = isStrictlyRight(label, report) ? 'ok  ' : report.verdict === label.expected.verdict ? 'RSN ' : 'MISS'
  const expected = [...label.expected.reasons, ...label.expected.alsoAcceptable.map((r) => `(${r})`)].join(',')
  console.log(
    `${mark} ${path.basename(label.file).padEnd(30)} expected ${label.expected.verdict.padEnd(12)} [${expected}] ` +
      `got ${report.verdict.padEnd(12)} [${report.reasons.join(',')}] people=${peopleCountOf(report) ?? '-'}/${label.people.count}±${label.people.tolerance} ` +
      `banner="${banner?.textSeen ?? ''}" ${ms} ms`,
  )
}

function printSummary(rows: TRow[]): void {
  console.log('\n== headcount (sharp or mildly blurred, well exposed)')
  const countable = rows.filter((r) => isCountable(r.label))
  const within = countable.filter(withinTolerance)
  console.log(`within tolerance: ${within.length}/${countable.length} = ${pct(within.length, countable.length)}`)
  for (const r of countable.filter((x) => !within.includes(x))) {
    console.log(`  off: ${path.basename(r.label.file)} counted ${peopleCountOf(r.report) ?? '-'} for ${r.label.people.count}±${r.label.people.tolerance}`)
  }

  console.log('\n== per reason (images whose expected verdict rests on it)')
  const reasons = [...new Set(rows.flatMap((r) => r.label.expected.reasons))].sort()
  for (const reason of reasons) {
    const expected = rows.filter((r) => r.label.expected.reasons.includes(reason))
    const found = expected.filter((r) => (r.report.reasons as string[]).includes(reason))
    const outside = rows.filter(
      (r) => !r.label.expected.reasons.includes(reason) && !r.label.expected.alsoAcceptable.includes(reason) && (r.report.reasons as string[]).includes(reason),
    )
    console.log(`recall ${reason}: ${found.length}/${expected.length} = ${pct(found.length, expected.length)}; reported where not acceptable: ${outside.length}`)
    for (const r of expected.filter((x) => !found.includes(x))) console.log(`  missed: ${path.basename(r.label.file)}`)
    for (const r of outside) console.log(`  wrongly: ${path.basename(r.label.file)}`)
  }
  const stray = rows.filter((r) => r.report.reasons.some((code) => !reasons.includes(code)))
  for (const r of stray) console.log(`  reason outside the labels' vocabulary: ${path.basename(r.label.file)} [${r.report.reasons.join(',')}]`)

  console.log('\n== per variant (strict)')
  const variants = [...new Set(rows.map((r) => variantOf(r.label)))].sort()
  console.log(
    variants
      .map((v) => {
        const of = rows.filter((r) => variantOf(r.label) === v)
        return `${v} ${of.filter((r) => isStrictlyRight(r.label, r.report)).length}/${of.length}`
      })
      .join(', '),
  )

  console.log('\n== per verdict class')
  const recalls: number[] = []
  for (const verdict of CLASSES) {
    const expected = rows.filter((r) => r.label.expected.verdict === verdict)
    if (expected.length === 0) continue
    const right = expected.filter((r) => r.report.verdict === verdict)
    recalls.push(right.length / expected.length)
    const got = Object.entries(expected.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.report.verdict]: (acc[r.report.verdict] ?? 0) + 1 }), {}))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')
    console.log(`recall ${verdict}: ${right.length}/${expected.length} = ${pct(right.length, expected.length)} (got: ${got})`)
  }

  const times = rows.map((r) => r.ms).sort((a, b) => a - b)
  console.log(`time per image: median ${times[Math.floor(times.length / 2)] ?? 0} ms, max ${times.at(-1) ?? 0} ms`)
  const agree = rows.filter((r) => r.report.verdict === r.label.expected.verdict).length
  const strict = rows.filter((r) => isStrictlyRight(r.label, r.report)).length
  const unsafe = rows.filter((r) => r.label.expected.verdict === 'failed' && r.report.verdict === 'passed').length
  const balanced = recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length)
  console.log(
    `verdict agreement: ${agree}/${rows.length} balanced=${balanced.toFixed(3)} strict=${strict}/${rows.length} ` +
      `headcount=${within.length}/${countable.length} unsafe=${unsafe}`,
  )
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', multiple: true },
      json: { type: 'string' },
      only: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  })
  if (!values.dir?.length) throw new Error('usage: npm run eval:photos -- --dir <dir> [--dir <dir> …] [--json <path>] [--only <substring>]')
  const engines = await loadPhotoEngines()
  const rows: TRow[] = []
  for (const dirArg of values.dir) {
    const dir = path.resolve(dirArg)
    console.log(`== ${dirArg}`)
    for (const label of await readLabels(dir, values.only)) {
      const started = Date.now()
      const bytes = await readFile(path.join(dir, label.file))
      const report = await checkPhoto({ bytes, context: { ...label.context, purpose: 'activity', declaredType: path.basename(label.file) } }, engines)
      const row = { dir: dirArg, label, report, ms: Date.now() - started }
      rows.push(row)
      printRow(row)
      if (values.verbose) console.log(JSON.stringify(report.scores))
    }
  }
  if (values.dir.length > 1) {
    for (const dir of values.dir) {
      console.log(`\n######## ${dir}`)
      printSummary(rows.filter((r) => r.dir === dir))
    }
    console.log(`\n######## all ${values.dir.length} sets`)
  }
  if (values.json) {
    const records = rows.map((r) => ({ dir: r.dir, file: r.label.file, verdict: r.report.verdict, reasons: r.report.reasons, peopleCount: peopleCountOf(r.report), ms: r.ms }))
    // JSON Lines for a .jsonl path, otherwise one JSON array (one record per line either way).
    const lines = records.map((r) => JSON.stringify(r))
    await writeFile(values.json, values.json.endsWith('.jsonl') ? lines.join('\n') + '\n' : `[\n${lines.join(',\n')}\n]\n`)
  }
  printSummary(rows)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
