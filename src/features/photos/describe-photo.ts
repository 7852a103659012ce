import { PHOTO_RULE_LABELS, type TPhoto, type TPhotoRule } from '../../../types/api/photos'

export type VerdictTone = 'passed' | 'failed' | 'review' | 'error' | 'checking'

const VERDICTS: Record<TPhoto['status'], { text: string; tone: VerdictTone }> = {
  queued: { text: '检查中', tone: 'checking' },
  checking: { text: '检查中', tone: 'checking' },
  passed: { text: '合格', tone: 'passed' },
  failed: { text: '不合格', tone: 'failed' },
  needs_review: { text: '待人工复核', tone: 'review' },
  error: { text: '无法检查', tone: 'error' },
}

export function describeVerdict(status: TPhoto['status']): { text: string; tone: VerdictTone } {
  return VERDICTS[status]
}

/** 组织方复核为不合格：横幅被遮挡 — the organiser's decision and reason as the unit reads it; null before a review. */
export function describeReview(photo: TPhoto): string | null {
  if (!photo.reviewed) return null
  const result = photo.status === 'passed' ? '组织方复核为合格' : '组织方复核为不合格'
  return photo.reviewNote ? `${result}：${photo.reviewNote}` : result
}

/** True while the check has not ended: the page keeps asking for the verdict. */
export function isChecking(status: TPhoto['status']): boolean {
  return status === 'queued' || status === 'checking'
}

const RULE_LABELS = PHOTO_RULE_LABELS

const RULE_MARKS: Record<TPhotoRule['status'], string> = { pass: '✓', fail: '✗', review: '?', warn: '!', skip: '–', error: '!' }

export function describeRule(rule: TPhotoRule): { label: string; mark: string } {
  return { label: RULE_LABELS[rule.rule], mark: RULE_MARKS[rule.status] }
}

/** A 重拍建议 matters where the rule failed or a person will look again. */
export function isRetakeHint(rule: TPhotoRule): boolean {
  return rule.status === 'fail' || rule.status === 'review'
}

/** 识别人数 16 人 · 横幅文字 “…” — what the checker saw, once it has looked. */
export function describeFindings(photo: TPhoto): string[] {
  const findings: string[] = []
  if (photo.peopleCount !== null) findings.push(`识别人数 ${photo.peopleCount} 人`)
  if (photo.bannerText) findings.push(`横幅文字 “${photo.bannerText}”`)
  // "No text" only when the banner was actually looked for (not skipped for an unreadable file).
  else if (photo.rules.some((r) => r.rule === 'theme_banner' && (r.status === 'pass' || r.status === 'fail' || r.status === 'review'))) {
    findings.push('未识别到横幅文字')
  }
  return findings
}
