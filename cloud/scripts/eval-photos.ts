/**
 * npm run eval:photos -- --dir <dir> [--only <substring>] [--verbose]
 * Runs the real photo check on every image of <dir>/labels.json (schema: the photo-eval README)
 * with the context it was submitted for, and prints per-rule figures, recall per verdict class
 * and, last, `verdict agreement: A/N balanced=<mean of per-class recalls>`.
 */
import { readFile } from 'node:fs/promises'
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
  clarity: z.enum(['sharp', 'blurred']),
  exposure: z.enum(['ok', 'dark']),
  expected: z.object({ verdict: z.enum(['passed', 'failed', 'needs_review']), reasons: z.array(z.string()) }),
})
type TLabel = z.infer<typeof ZLabel>

const REASONS = ['blurred', 'too_dark', 'no_theme_banner', 'off_theme_banner', 'too_few_people', 'people_count_near_threshold'] as const

function variantOf(label: TLabel): string {
  return path.basename(label.file, path.extname(label.file)).slice(label.base.length + 1)
}

function pct(a: number, n: number): string {
  return n === 0 ? 'n/a' : `${((100 * a) / n).toFixed(1)} %`
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, only: { type: 'string' }, verbose: { type: 'boolean', default: false } } })
  if (!values.dir) throw new Error('usage: npm run eval:photos -- --dir <dir>')
  const dir = path.resolve(values.dir)
  const labels = z
    .array(ZLabel)
    .parse(JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')))
    .filter((l) => !values.only || l.file.includes(values.only))
  const engines = await loadPhotoEngines()

  const rows: { label: TLabel; report: TPhotoCheckReport; ms: number }[] = []
  for (const label of labels) {
    const started = Date.now()
    const bytes = await readFile(path.join(dir, label.file))
    const report = await checkPhoto({ bytes, context: { ...label.context, purpose: 'activity', declaredType: path.basename(label.file) } }, engines)
    const ms = Date.now() - started
    rows.push({ label, report, ms })
    const people = report.scores.people as { count?: number } | undefined
    const banner = report.scores.theme_banner as { textSeen?: string; matchScore?: number } | undefined
    const ok = report.verdict === label.expected.verdict ? 'ok  ' : 'MISS'
    console.log(
      `${ok} ${path.basename(label.file).padEnd(24)} expected ${label.expected.verdict.padEnd(12)} got ${report.verdict.padEnd(12)} ` +
        `[${report.reasons.join(',')}] people=${people?.count ?? '-'}/${label.people.count}±${label.people.tolerance} ` +
        `banner="${banner?.textSeen ?? ''}" match=${banner?.matchScore ?? '-'} ${ms} ms`,
    )
    if (values.verbose) console.log(JSON.stringify(report.scores))
  }

  console.log('\n== per rule')
  // Headcount: only where counting is the point (sharp, well exposed).
  const countable = rows.filter((r) => r.label.clarity === 'sharp' && r.label.exposure === 'ok')
  const within = countable.filter((r) => {
    const count = (r.report.scores.people as { count?: number } | undefined)?.count
    return count !== undefined && Math.abs(count - r.label.people.count) <= r.label.people.tolerance
  })
  console.log(`headcount within tolerance (sharp, well exposed): ${within.length}/${countable.length} = ${pct(within.length, countable.length)}`)
  for (const r of countable.filter((x) => !within.includes(x))) {
    console.log(`  off: ${path.basename(r.label.file)} counted ${(r.report.scores.people as { count?: number }).count} for ${r.label.people.count}±${r.label.people.tolerance}`)
  }

  for (const reason of REASONS) {
    const expected = rows.filter((r) => r.label.expected.reasons.includes(reason))
    const found = expected.filter((r) => r.report.reasons.includes(reason))
    const falseAlarms = rows.filter((r) => !r.label.expected.reasons.includes(reason) && r.report.reasons.includes(reason))
    const byVariant = reason === 'blurred' ? ` (${['blur', 'soft', 'shake'].map((v) => `${v} ${found.filter((r) => variantOf(r.label) === v).length}/${expected.filter((r) => variantOf(r.label) === v).length}`).join(', ')})` : ''
    console.log(`recall ${reason}: ${found.length}/${expected.length} = ${pct(found.length, expected.length)}${byVariant}; flagged where not expected: ${falseAlarms.length}`)
    for (const r of expected.filter((x) => !found.includes(x))) console.log(`  missed: ${path.basename(r.label.file)}`)
  }

  // On-theme banners wrongly rejected, on photos where the banner can be read (sharp, not dark).
  const onTheme = rows.filter((r) => r.label.banner.present && r.label.banner.onTheme && r.label.clarity === 'sharp' && r.label.exposure === 'ok')
  const rejected = onTheme.filter((r) => r.report.rules.some((rule) => rule.rule === 'theme_banner' && rule.status === 'fail'))
  console.log(`on-theme banners wrongly rejected (sharp, well exposed, incl. dim/far/jpeg): ${rejected.length}/${onTheme.length} = ${pct(rejected.length, onTheme.length)}`)
  for (const r of rejected) console.log(`  rejected: ${path.basename(r.label.file)}`)
  const offTheme = rows.filter((r) => r.label.banner.present && r.label.banner.onTheme === false)
  const offCaught = offTheme.filter((r) => r.report.reasons.includes('off_theme_banner'))
  console.log(`off-topic banners caught: ${offCaught.length}/${offTheme.length} = ${pct(offCaught.length, offTheme.length)}`)

  console.log('\n== per verdict class')
  const classes: TVerdict[] = ['passed', 'needs_review', 'failed']
  const recalls: number[] = []
  for (const verdict of classes) {
    const expected = rows.filter((r) => r.label.expected.verdict === verdict)
    if (expected.length === 0) continue
    const right = expected.filter((r) => r.report.verdict === verdict)
    recalls.push(right.length / expected.length)
    const got = Object.entries(
      expected.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.report.verdict]: (acc[r.report.verdict] ?? 0) + 1 }), {}),
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')
    console.log(`recall ${verdict}: ${right.length}/${expected.length} = ${pct(right.length, expected.length)} (got: ${got})`)
  }
  const times = rows.map((r) => r.ms).sort((a, b) => a - b)
  console.log(`time per image: median ${times[Math.floor(times.length / 2)] ?? 0} ms, max ${times.at(-1) ?? 0} ms`)
  const agree = rows.filter((r) => r.report.verdict === r.label.expected.verdict).length
  const balanced = recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length)
  console.log(`verdict agreement: ${agree}/${rows.length} balanced=${balanced.toFixed(3)}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
