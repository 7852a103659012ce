import type { TPhoto, TUnitPhotosResponse } from '../../../types/api/photos'
import { toShanghai } from '../../shared/date'
import { describeReview } from '../photos/describe-photo'

type TActivityGroup = TUnitPhotosResponse['activities'][number]

/** Whether a photo may be chosen for the hand-in (the server decides the same). */
export function isSelectable(photo: TPhoto, activity: TActivityGroup): boolean {
  return !activity.cancelled && (photo.status === 'passed' || photo.status === 'needs_review')
}

/** The line under a photo that says what choosing it means, or why it cannot be chosen. */
export function describeChoice(photo: TPhoto, activity: TActivityGroup): { text: string; tone: 'ok' | 'review' | 'blocked' } {
  if (activity.cancelled) return { text: '活动已撤回，照片不能提交', tone: 'blocked' }
  switch (photo.status) {
    case 'passed':
      return { text: photo.reviewed ? `${describeReview(photo) ?? ''}。可以提交` : '合格，可以提交', tone: 'ok' }
    case 'needs_review': {
      const why = photo.rules.filter((r) => r.status === 'review').map((r) => r.message)
      return { text: `待组织方复核，由组织方决定是否采用${why.length ? `：${why.join('')}` : ''}`, tone: 'review' }
    }
    case 'failed': {
      // The organiser's reason is what the unit must act on; the checker's findings may be what was overruled.
      if (photo.reviewed) return { text: `组织方复核为不合格，不能提交：${photo.reviewNote ?? '未写明原因'}。请到活动照片页重新拍摄上传。`, tone: 'blocked' }
      const why = photo.rules.filter((r) => r.status === 'fail').map((r) => r.message)
      return { text: `不合格，不能提交：${why.length ? why.join('') : '组织方复核为不合格。'}请到活动照片页重新拍摄上传。`, tone: 'blocked' }
    }
    case 'error':
      return { text: '没能完成检查，不能提交；请重新上传这张照片。', tone: 'blocked' }
    default:
      return { text: '还在检查中，检查完成后才能选择（下拉刷新）', tone: 'blocked' }
  }
}

/** 共 12 张：8 张合格，2 张待复核，1 张不合格，1 张检查中 */
export function describeCounts(activities: TActivityGroup[]): string {
  const photos = activities.flatMap((a) => a.photos)
  if (photos.length === 0) return '还没有上传照片'
  const count = (statuses: TPhoto['status'][]) => photos.filter((p) => statuses.includes(p.status)).length
  const parts = [
    [count(['passed']), '张合格'],
    [count(['needs_review']), '张待复核'],
    [count(['failed']), '张不合格'],
    [count(['error']), '张无法检查'],
    [count(['queued', 'checking']), '张检查中'],
  ] as const
  return `共 ${photos.length} 张：${parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join('，')}`
}

/** 截止 3月25日 18:00（还有 3 天） · 今天截止 · 已截止 */
export function describeDeadline(deadline: NonNullable<TUnitPhotosResponse['deadline']>, now: Date = new Date()): string {
  const due = toShanghai(deadline.dueAt)
  const when = `${due.month() + 1}月${due.date()}日 ${due.format('HH:mm')}`
  if (deadline.passed) return `截止时间 ${when}，已截止`
  const days = due.startOf('day').diff(toShanghai(now).startOf('day'), 'day')
  return `截止时间 ${when}（${days <= 0 ? '今天截止' : `还有 ${days} 天`}）`
}

const STATUS_WORDS: Record<string, string> = { submitted: '已提交', returned: '已退回', accepted: '已采用', draft: '未提交' }

/** The return's state as the unit home says it. */
export function describeStatus(page: TUnitPhotosResponse): { text: string; tone: 'todo' | 'done' | 'returned' | 'late' } {
  const status = page.submission?.status ?? 'draft'
  if (status === 'draft' && page.deadline?.passed) return { text: '已逾期', tone: 'late' }
  if (status === 'returned') return { text: STATUS_WORDS.returned ?? '', tone: 'returned' }
  return { text: STATUS_WORDS[status] ?? '未提交', tone: status === 'draft' ? 'todo' : 'done' }
}

/** What the page starts with: what is handed in, else every passed photo (those awaiting review are the unit's call). */
export function initialSelection(page: TUnitPhotosResponse): Set<string> {
  const handedIn = page.activities.flatMap((a) => a.photos).filter((p) => p.handedInAt !== null)
  if (handedIn.length > 0) return new Set(handedIn.map((p) => p.id))
  return new Set(page.activities.flatMap((a) => a.photos.filter((p) => p.status === 'passed' && isSelectable(p, a)).map((p) => p.id)))
}
