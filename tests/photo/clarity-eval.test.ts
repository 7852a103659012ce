import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { checkPhoto } from '../../cloud/lib/photo-check/check-photo'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { decodePhoto } from '../../cloud/lib/photo-check/decode/decode-photo'
import { loadPhotoEngines } from '../../cloud/lib/photo-check/engines'
import { checkClarity } from '../../cloud/lib/photo-check/rules/clarity-rule'
import { describeIf, repoRoot } from './helpers'

// The clarity rule, and one whole check, on a handful of the shared evaluation photos (never
// copied here): mild blur goes to review, strong blur, soft focus and shake fail, and heavy JPEG,
// dim light, a far banner and large or small copies of a photo pass. Skips, saying so, without them.
const set2 = process.env.PHOTO_EVAL2_DIR ?? path.resolve(repoRoot, '../shared/photo-eval-2')
const set1 = process.env.PHOTO_EVAL_DIR ?? path.resolve(repoRoot, '../shared/photo-eval')
const present = existsSync(path.join(set2, 'labels.json')) && existsSync(path.join(set1, 'labels.json'))

const EXPECT: ReadonlyArray<[string, 'pass' | 'review' | 'fail']> = [
  ...['solvay1927', 'lab-seated', 'stairs-lab', 'class-steps', 'graduation', 'hike-steps', 'castle-steps'].map((base): [string, 'review'] => [`${set2}/images/${base}__mild.jpg`, 'review']),
  ...['graduation__jpeg', 'graduation__dim', 'graduation__far', 'stairs-lab__dim', 'castle-steps__large', 'castle-steps__small', 'kids-wall__on'].map((name): [string, 'pass'] => [`${set2}/images/${name}.jpg`, 'pass']),
  ...['atrium-125-jpeg', 'lawn-80-dim', 'class-52-jpeg'].map((name): [string, 'pass'] => [`${set1}/images/${name}.jpg`, 'pass']),
  ...['solvay1927__shake', 'graduation__blur'].map((name): [string, 'fail'] => [`${set2}/images/${name}.jpg`, 'fail']),
  ...['class-52-soft', 'lawn-80-shake'].map((name): [string, 'fail'] => [`${set1}/images/${name}.jpg`, 'fail']),
]

describeIf(present, 'the shared photo-eval and photo-eval-2 sets are not beside the repository: clarity on real photos')('clarity on the shared evaluation photos', () => {
  it('reviews mild blur, fails strong blur, soft focus and shake, passes JPEG, dim, far, large and small', async () => {
    const got: string[] = []
    const want: string[] = []
    for (const [file, status] of EXPECT) {
      const decoded = await decodePhoto(readFileSync(file), undefined, PHOTO_CHECK_CONFIG)
      if (!decoded.ok) throw new Error(`${file}: ${decoded.rule.message}`)
      const rule = checkClarity(decoded.photo, PHOTO_CHECK_CONFIG.clarity)
      got.push(`${path.basename(file)} ${rule.status} ${rule.reason ?? ''}`.trim())
      want.push(`${path.basename(file)} ${status} ${status === 'review' ? 'mild_blur' : status === 'fail' ? 'blurred' : ''}`.trim())
    }
    expect(got).toEqual(want)
  }, 240_000)

  it('the whole check sends a mildly blurred group of 19 to review for both reasons', async () => {
    const engines = await loadPhotoEngines()
    const labels: { file: string; context: { campaignTheme: string | null; activityName: string | null } }[] = JSON.parse(readFileSync(path.join(set2, 'labels.json'), 'utf8'))
    const label = labels.find((l) => l.file.endsWith('lab-seated__mild.jpg'))!
    const report = await checkPhoto({ bytes: readFileSync(path.join(set2, label.file)), context: { ...label.context, purpose: 'activity' } }, engines)
    expect(report.verdict).toBe('needs_review')
    expect(report.reasons).toContain('mild_blur')
    expect(report.reasons.every((r) => r === 'mild_blur' || r === 'people_count_near_threshold')).toBe(true)
    const clarity = report.rules.find((r) => r.rule === 'clarity')!
    expect(clarity.details).toMatchObject({ decidedBy: 'edge_width' })
  }, 240_000)
})
