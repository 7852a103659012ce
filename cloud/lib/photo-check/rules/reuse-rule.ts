import type { TPhotoCheckConfig } from '../config'
import { hammingDistance } from '../reuse/perceptual-hash'
import type { TPhotoContext, TRuleResult } from '../types'

/**
 * The same picture sent twice (or by two units) is flagged by perceptual hash, which survives
 * re-compression and resizing where the file's sha256 does not.
 */
export function checkReuse(hash: string, context: TPhotoContext, unitId: string | null, config: TPhotoCheckConfig['reuse']): TRuleResult {
  const others = context.otherPhotos ?? []
  const matches = others
    .map((o) => ({ ...o, distance: hammingDistance(hash, o.perceptualHash) }))
    .filter((o) => o.distance <= config.maxHammingDistance)
    .sort((a, b) => a.distance - b.distance)
  const details = { perceptualHash: hash, compared: others.length, matches: matches.map((m) => ({ photoId: m.photoId, unitId: m.unitId, distance: m.distance })) }
  if (matches.length === 0) return { rule: 'reuse', status: others.length === 0 ? 'skip' : 'pass', score: 1, message: '没有发现重复提交的照片。', details }
  const otherUnit = matches.some((m) => unitId !== null && m.unitId !== null && m.unitId !== unitId)
  return {
    rule: 'reuse',
    status: otherUnit ? 'review' : 'warn',
    score: 0,
    reason: 'duplicate_photo',
    message: otherUnit ? '这张照片与其他单位已提交的照片几乎相同，将由工作人员核实。' : '这张照片与本单位已提交过的照片几乎相同。',
    hint: '每次活动请提交本次活动现场拍摄的新照片，不要重复使用旧照片。',
    details,
  }
}
