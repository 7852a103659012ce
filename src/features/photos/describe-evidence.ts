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
  if (clarity) {
    const judged = clarity.blur >= clarity.blurFail ? '判为模糊' : clarity.blur >= clarity.blurReview ? '略有模糊，由工作人员确认' : '清晰'
    words.push(`清晰度：模糊度 ${clarity.blur.toFixed(2)}（0 最清晰、1 最模糊，${clarity.blurReview} 起由人确认，${clarity.blurFail} 起判为模糊）——${judged}。`)
  }
  const exposure = evidence.exposure
  if (exposure) {
    const clipped = exposure.clippedShare !== null && exposure.clippedShare >= 0.01 ? `，${Math.round(exposure.clippedShare * 100)}% 的画面过曝发白` : ''
    words.push(`亮度：平均亮度 ${Math.round(exposure.mean)}（0 全黑、255 全白，约 ${exposure.darkBelow} 以下太暗、${exposure.brightAbove} 以上过亮）${clipped}。`)
  }
  return words
}
