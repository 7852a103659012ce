import type { TListActivitiesRequest, TListActivitiesResponse } from '../../../types/api/activities'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findActivities } from './repository'

/**
 * Cursor = base64url("<ISO start>|<id>") of the last item, or "<ISO start>|<id>|<metres>" when the
 * list is ordered by distance (the exact sort value, "Infinity" without coordinates); opaque to clients.
 */
export function encodeCursor(startsAt: string, id: string, distance?: number): string {
  return Buffer.from(distance === undefined ? `${startsAt}|${id}` : `${startsAt}|${id}|${distance}`).toString('base64url')
}

export function decodeCursor(cursor: string): { startsAt: Date; id: string; distance?: number } {
  const [startsAt, id, distanceText] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const date = new Date(startsAt ?? '')
  const distance = distanceText === undefined ? undefined : Number(distanceText)
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime()) || (distance !== undefined && Number.isNaN(distance))) {
    throw new AppError('validation_failed', { userMessage: '分页参数 cursor 无效，请刷新列表', issues: [{ path: 'cursor', message: '无效' }] })
  }
  return { startsAt: date, id, distance }
}

export async function listActivities(tx: TTx, request: TListActivitiesRequest): Promise<TListActivitiesResponse> {
  const { cursor, limit, ...filters } = request
  // One extra row tells whether another page exists without a count query.
  const byDistance = filters.lat !== undefined && filters.lng !== undefined
  const after = cursor ? decodeCursor(cursor) : undefined
  // A start-order cursor cannot continue a distance-ordered list (or the reverse): start again is wrong, so refuse.
  if (after && byDistance !== (after.distance !== undefined)) {
    throw new AppError('validation_failed', { userMessage: '排序方式已改变，请刷新列表', issues: [{ path: 'cursor', message: '与排序方式不符' }] })
  }
  const rows = await findActivities(tx, { ...filters, after, limit: limit + 1 })
  const page = rows.slice(0, limit)
  const items = page.map(({ sortDistance: _sortDistance, ...item }) => item)
  const last = page[page.length - 1]
  if (!(rows.length > limit && last)) return { items, nextCursor: null }
  return { items, nextCursor: byDistance ? encodeCursor(last.startsAt, last.id, last.sortDistance ?? Infinity) : encodeCursor(last.startsAt, last.id) }
}
