import type { TListActivitiesRequest, TListActivitiesResponse } from '../../../types/api/activities'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findActivities } from './repository'

/** Cursor = base64url("<ISO start>|<id>") of the last item; opaque to clients. */
export function encodeCursor(startsAt: string, id: string): string {
  return Buffer.from(`${startsAt}|${id}`).toString('base64url')
}

export function decodeCursor(cursor: string): { startsAt: Date; id: string } {
  const [startsAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const date = new Date(startsAt ?? '')
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) {
    throw new AppError('validation_failed', { userMessage: '分页参数 cursor 无效，请刷新列表', issues: [{ path: 'cursor', message: '无效' }] })
  }
  return { startsAt: date, id }
}

export async function listActivities(tx: TTx, request: TListActivitiesRequest): Promise<TListActivitiesResponse> {
  const { cursor, limit, ...filters } = request
  // One extra row tells whether another page exists without a count query.
  const rows = await findActivities(tx, { ...filters, after: cursor ? decodeCursor(cursor) : undefined, limit: limit + 1 })
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.startsAt, last.id) : null }
}
