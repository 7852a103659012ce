/**
 * npm run check-photo -- <image…> [--theme "…"] [--activity "…"] [--purpose activity|showcase|report] [--json]
 * Checks each image as an upload would be checked and prints the verdict with its reasons.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkPhoto } from '../lib/photo-check/check-photo'
import { loadPhotoEngines } from '../lib/photo-check/engines'
import { formatReport } from '../lib/photo-check/format-report'
import type { TPhotoCheckReport, TPhotoContext } from '../lib/photo-check/types'

const DEFAULT_THEME = '学雷锋志愿服务月'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      theme: { type: 'string' },
      activity: { type: 'string' },
      purpose: { type: 'string', default: 'activity' },
      json: { type: 'boolean', default: false },
    },
  })
  if (positionals.length === 0) {
    console.error('用法: npm run check-photo -- <图片…> [--theme "活动主题"] [--activity "活动名称"] [--purpose activity|showcase|report] [--json]')
    return 2
  }
  const purpose = values.purpose === 'showcase' || values.purpose === 'report' ? values.purpose : 'activity'
  const base: Omit<TPhotoContext, 'declaredType'> = { campaignTheme: values.theme ?? DEFAULT_THEME, activityName: values.activity ?? null, purpose }
  const engines = await loadPhotoEngines()
  const results: { file: string; report: TPhotoCheckReport }[] = []
  for (const file of positionals) {
    // Every file gets a verdict: one that cannot be read is an `error`, and the next one is checked.
    let report: TPhotoCheckReport
    try {
      const bytes = await readFile(file)
      report = await checkPhoto({ bytes, context: { ...base, declaredType: path.basename(file) } }, engines)
    } catch (error) {
      report = {
        verdict: 'error',
        reasons: ['invalid_image'],
        warnings: [],
        rules: [{ rule: 'format', status: 'error', score: null, reason: 'invalid_image', message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在。' : `无法读取文件（${String(error)}）。` }],
        scores: {},
        perceptualHash: null,
        capturedAt: null,
        width: null,
        height: null,
        engineVersion: '',
      }
    }
    results.push({ file, report })
    if (!values.json) console.log(formatReport(file, report))
  }
  if (values.json) console.log(JSON.stringify(results, null, 2))
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
