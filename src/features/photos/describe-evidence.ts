import type { TPhotoEvidence } from '../../../types/api/photos'
import { quoteName } from '../../../types/quote-name'

/** 3.4 MB · 820 KB */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** 5 秒 · 1 分 20 秒 */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return seconds < 60 ? `${seconds} 秒` : `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒`
}

/**
 * The figures behind the verdict, in words, beside the boxes drawn on the photo: how many faces
 * were counted against the 20 required (and the counter's own margin), what the banner says and
 * how close it is to the theme, how blurred and how bright the picture measured.
 */
export function describeEvidence(evidence: TPhotoEvidence): string[] {
  const words: string[] = []
  const people = evidence.people
  if (people) {
    const margin = people.tolerance ? Math.max(1, Math.round(people.tolerance)) : null
    const low = people.count - (margin ?? 0)
    const high = people.count + (margin ?? 0)
    const judged = low >= people.required ? '达到要求' : high < people.required ? '人数不足' : '接近要求，由工作人员核对人数'
    const marginText = margin ? `，自动计数可能差 ${margin} 人左右` : ''
    words.push(`红框：识别到 ${people.count} 张人脸，要求 ${people.required} 人以上${marginText}——${judged}。`)
  }
  const banner = evidence.banner
  if (banner) {
    if (banner.lines.length === 0) {
      words.push('没有读到横幅文字。')
    } else {
      const text = banner.lines.map((line) => line.text).join(' ')
      const likeness =
        banner.matchScore === null
          ? ''
          : `，与${banner.matchedTarget ? quoteName(banner.matchedTarget, '“”') : '活动主题'}的相似度 ${Math.round(banner.matchScore * 100)}%（${Math.round(banner.matchPass * 100)}% 以上算相符）`
      words.push(`蓝框：读到横幅文字“${text}”${likeness}。`)
    }
  }
  const clarity = evidence.clarity
  if (clarity) words.push(describeClarity(clarity))
  const exposure = evidence.exposure
  if (exposure) words.push(describeExposure(exposure))
  return words
}

type TClarityEvidence = NonNullable<TPhotoEvidence['clarity']>
type TExposureEvidence = NonNullable<TPhotoEvidence['exposure']>

const pct = (share: number) => `${Math.round(share * 100)}%`

/**
 * 清晰度 in words: the measure that decided, against its limit. Results stored before the rule
 * said which measure decided are described by the blur degree alone, as they were judged.
 */
export function describeClarity(clarity: TClarityEvidence): string {
  const degree = `模糊度 ${clarity.blur.toFixed(2)}（0 最清晰、1 最模糊，${clarity.blurReview} 起由人确认，${clarity.blurFail} 起判为模糊）`
  const edges =
    clarity.relativeBlur === null
      ? null
      : `最清晰处的边缘虚化约 ${(clarity.extraBlurPx ?? 0).toFixed(1)} 像素，相当于“轻微模糊”的 ${pct(clarity.relativeBlur)}（${pct(clarity.relativeBlurReview)} 起由人确认）`
  switch (clarity.decidedBy) {
    case 'blur_effect':
      return clarity.status === 'fail' ? `清晰度：${degree}——判为模糊。` : `清晰度：${degree}——略有模糊，由工作人员确认。`
    case 'laplacian':
      return `清晰度：细节量 ${Math.round(clarity.detail ?? 0)}（低于 ${clarity.detailFail} 即整张照片没有清楚的细节）——判为模糊。`
    case 'edge_width':
      return `清晰度：${edges ?? degree}——略有模糊，由工作人员确认。`
    case 'anisotropy':
      return `清晰度：横竖方向的细节相差悬殊，可能是拍摄时手机晃动——由工作人员确认。`
    default:
      break
  }
  if (clarity.status === 'skip') return '清晰度：画面太暗，无法判断是否清晰。'
  const byStatus = { fail: '判为模糊', review: '略有模糊，由工作人员确认', pass: '清晰' } as const
  const judged =
    clarity.status !== null
      ? byStatus[clarity.status]
      : clarity.blur >= clarity.blurFail
        ? byStatus.fail
        : clarity.blur >= clarity.blurReview
          ? byStatus.review
          : byStatus.pass
  return `清晰度：${degree}${edges && judged === byStatus.pass ? `；${edges}` : ''}——${judged}。`
}

/** 亮度 in words: the mean against its limits, and the highlights when they decided. */
export function describeExposure(exposure: TExposureEvidence): string {
  const clipped = exposure.clippedShare !== null && exposure.clippedShare >= 0.01 ? `，${pct(exposure.clippedShare)} 的画面过曝发白` : ''
  const mean = `平均亮度 ${Math.round(exposure.mean)}（0 全黑、255 全白，约 ${exposure.darkBelow} 以下太暗、${exposure.brightAbove} 以上过亮）${clipped}`
  switch (exposure.decidedBy) {
    case 'dark_mean_and_highlights':
      return `亮度：${mean}，连最亮的部分也偏暗——判为太暗。`
    case 'no_highlights':
      return `亮度：${mean}；最亮的 5% 画面亮度只有 ${exposure.p95 ?? '—'}（低于 ${exposure.blackBelow} 即几乎没有照亮的地方）——判为太暗。`
    case 'bright_mean':
      return `亮度：${mean}——判为过亮。`
    case 'clipped_share':
      return `亮度：${mean}（${pct(exposure.clippedFail)} 以上发白判为过亮）——判为过亮。`
    default:
      return `亮度：${mean}。`
  }
}
