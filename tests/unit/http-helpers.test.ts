import { maskPhone } from '../../cloud/lib/activities/repository'
import { decodeCursor, encodeCursor } from '../../cloud/lib/activities/list-activities'
import { createCode2Session } from '../../cloud/lib/auth/wechat-client'
import { AppError } from '../../cloud/lib/errors/app-error'
import { toAppError } from '../../cloud/lib/http/send-error'
import { parseInput } from '../../cloud/lib/http/parse-input'
import { ZListActivitiesRequest } from '../../types/api/activities'

describe('input parsing', () => {
  it('coerces query strings and names the wrong field in Chinese', () => {
    expect(parseInput(ZListActivitiesRequest, { limit: '5' }).limit).toBe(5)
    try {
      parseInput(ZListActivitiesRequest, { category: 'party' })
      throw new Error('should have failed')
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).status).toBe(400)
      expect((error as AppError).userMessage).toContain('category')
      expect((error as AppError).issues?.[0]?.path).toBe('category')
    }
  })

  it('maps database errors from bad input to 4xx and anything else to a 500 without detail', () => {
    expect(toAppError(Object.assign(new Error('x'), { code: '22P02' })).status).toBe(400)
    expect(toAppError(Object.assign(new Error('x'), { code: '23505' })).code).toBe('conflict')
    expect(toAppError(new Error('boom'))).toMatchObject({ status: 500, code: 'internal' })
  })
})

describe('activity helpers', () => {
  it('masks mobile and landline numbers', () => {
    expect(maskPhone('13800001234')).toBe('138****1234')
    expect(maskPhone('0518-85802696')).toBe('****2696')
    expect(maskPhone(null)).toBeNull()
  })

  it('round-trips cursors and rejects forged ones', () => {
    const id = '6f1c2b9e-8a1d-4c1e-9a55-0c2f7d9b1a10'
    expect(decodeCursor(encodeCursor('2027-03-05T09:00:00+08:00', id))).toEqual({ startsAt: new Date('2027-03-05T01:00:00Z'), id })
    expect(() => decodeCursor('bm9wZQ')).toThrow(AppError)
  })
})

describe('WeChat code2session', () => {
  const fakeFetch = (payload: unknown) => (async () => new Response(JSON.stringify(payload))) as unknown as typeof fetch

  it('returns the openid', async () => {
    const exchange = createCode2Session({ appid: 'wx1', secret: 's' }, fakeFetch({ openid: 'o-1', session_key: 'k' }))
    await expect(exchange('code')).resolves.toEqual({ openid: 'o-1', unionid: null })
  })

  it('turns an invalid code into a 400 and other WeChat errors into 502', async () => {
    await expect(createCode2Session({ appid: 'wx1', secret: 's' }, fakeFetch({ errcode: 40029, errmsg: 'invalid code' }))('c')).rejects.toMatchObject({ status: 400 })
    await expect(createCode2Session({ appid: 'wx1', secret: 's' }, fakeFetch({ errcode: -1 }))('c')).rejects.toMatchObject({ code: 'wechat_login_failed' })
  })
})
