import type { TBox } from '../types'

/** Greedy non-maximum suppression by score; a box mostly inside a kept one is the same face seen at another scale. */
export function nonMaxSuppression<T extends TBox & { score: number }>(boxes: T[], options: { nmsIou: number; nmsContainment: number }): T[] {
  const sorted = [...boxes].sort((a, b) => b.score - a.score)
  const kept: T[] = []
  for (const box of sorted) {
    const overlaps = kept.some((k) => {
      const inter = intersection(box, k)
      if (inter === 0) return false
      const iou = inter / (area(box) + area(k) - inter)
      return iou >= options.nmsIou || inter / Math.min(area(box), area(k)) >= options.nmsContainment
    })
    if (!overlaps) kept.push(box)
  }
  return kept
}

export function area(b: TBox): number {
  return b.w * b.h
}

export function intersection(a: TBox, b: TBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

