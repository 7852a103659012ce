import { findNulByte } from '../../cloud/lib/http/find-nul-byte'
import { parseInput } from '../../cloud/lib/http/parse-input'
import { AppError } from '../../cloud/lib/errors/app-error'
import { assertSafeObjectPath } from '../../cloud/lib/storage/photo-storage'
import { decodePathSegment } from '../../cloud/server/routes'
import { ZListActivitiesRequest } from '../../types/api/activities'
import { ZDate, ZPageCursor, ZTimestamp } from '../../types/api/common'

/** The shared input rules behind issue 12 item 4, without a server. */
const cursor = (text: string) => Buffer.from(text).toString('base64url')
const ID = '123e4567-e89b-12d3-a456-426614174000'

describe('timestamps and dates', () => {
  it('takes real offsets and refuses impossible ones', () => {
    for (const ok of ['2030-03-05T09:00:00+08:00', '2030-03-05T09:00:00Z', '2030-03-05T09:00:00.123+0800', '2030-03-05T09:00:00+14:00', '2030-03-05T09:00:00-12:00']) {
      expect(ZTimestamp.safeParse(ok).success).toBe(true)
    }
    for (const bad of ['2030-03-05T09:00:00+99:99', '2030-03-05T09:00:00+14:30', '2030-03-05T09:00:00+08:60', '1800-01-01T00:00:00Z', '2030-02-30T09:00:00+08:00']) {
      expect(ZTimestamp.safeParse(bad).success).toBe(false)
    }
  })

  it('keeps calendar dates within the years Postgres and JavaScript agree on', () => {
    expect(ZDate.safeParse('2030-03-05').success).toBe(true)
    expect(ZDate.safeParse('0000-01-01').success).toBe(false)
    expect(ZDate.safeParse('9999-12-31').success).toBe(false)
  })
})

describe('page cursors', () => {
  it('accepts what the server hands out, with or without a distance', () => {
    expect(ZPageCursor.safeParse(cursor(`2030-03-05T01:00:00.000Z|${ID}`)).success).toBe(true)
    expect(ZPageCursor.safeParse(cursor(`2030-03-05T09:00:00+08:00|${ID}|1520.5`)).success).toBe(true)
  })

  it('refuses years outside the timestamp range, bad offsets and garbage, naming the field', () => {
    for (const bad of [cursor(`+275000-01-01T00:00:00.000Z|${ID}`), cursor(`-271000-01-01T00:00:00.000Z|${ID}`), cursor(`2030-03-05T09:00:00+99:99|${ID}`), cursor('雷锋|x'), 'a', '!!!!']) {
      expect(ZPageCursor.safeParse(bad).success).toBe(false)
    }
    try {
      parseInput(ZListActivitiesRequest, { cursor: cursor(`+275000-01-01T00:00:00.000Z|${ID}`) })
      throw new Error('not refused')
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).issues?.[0]?.path).toBe('cursor')
    }
  })
})

describe('NUL bytes', () => {
  it('finds one in any string, key or nested array and names where', () => {
    expect(findNulByte({ q: 'ok', items: [{ title: 'a' }, { title: 'b\u0000' }] })).toBe('items.1.title')
    expect(findNulByte({ ['k\u0000']: 1 })).toBe('k\\u0000')
    expect(findNulByte('x\u0000')).toBe('(body)')
    expect(findNulByte({ q: '雷锋 🙂', n: 1, none: null })).toBeNull()
  })

  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = 'end\u0000'
    for (let i = 0; i < 200_000; i += 1) deep = [deep]
    expect(findNulByte(deep)).toMatch(/^0(\.0)+$/)
  })

  it('is refused by parseInput as a 400 even where the schema would drop the field', () => {
    expect(() => parseInput(ZListActivitiesRequest, { q: '雷锋', extra: 'x\u0000' })).toThrow(AppError)
  })
})

describe('paths', () => {
  it('refuses malformed percent-encoding and unsafe storage paths as 400s', () => {
    expect(() => decodePathSegment('%')).toThrow(expect.objectContaining({ status: 400, code: 'bad_request' }))
    expect(decodePathSegment('%E9%9B%B7')).toBe('雷')
    expect(() => assertSafeObjectPath('a/../b')).toThrow(expect.objectContaining({ status: 400 }))
    expect(() => assertSafeObjectPath('c/u/a.jpg')).not.toThrow()
  })
})
