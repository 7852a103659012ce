import Taro from '@tarojs/taro'
import type { z } from 'zod'
import { ZApiError } from '../../types/api/common'
import { ApiError } from './api-error'
import { sendWithRetries } from './retry'
import { clearToken, readToken } from './storage'

/** '' in H5 (same origin); an absolute origin in the mini-program. Set in config/index.ts. */
const API_BASE = process.env.TARO_APP_API_BASE ?? ''

type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions<TSchema extends z.ZodTypeAny> {
  path: string
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: Record<string, unknown>
  /** The response schema from types/api — every response is parsed, never cast. */
  schema: TSchema
  /** For the few calls that wait on work (a photo check runs inside its request); 15 s otherwise. */
  timeoutMs?: number
  /**
   * Safe to send twice (the server answers a repeat with the first result): then a 503 or a lost
   * answer is retried with backoff (src/shared/retry.ts). Every GET is; POSTs say so themselves.
   */
  idempotent?: boolean
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return ''
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

/**
 * Calls the API and returns the parsed body. Throws ApiError for `{code, message}` answers,
 * network failures and responses that do not match the contract.
 */
export async function request<TSchema extends z.ZodTypeAny>(options: RequestOptions<TSchema>): Promise<z.infer<TSchema>> {
  const token = readToken()
  const header: Record<string, string> = { 'content-type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`

  const method = options.method ?? 'GET'
  const outcome = await sendWithRetries(
    async () => {
      try {
        const response = await Taro.request({
          url: `${API_BASE}${options.path}${buildQuery(options.query)}`,
          method,
          data: options.body,
          header,
          dataType: 'json',
          timeout: options.timeoutMs ?? 15000,
        })
        const headers = (response.header ?? {}) as Record<string, unknown>
        const retryAfter = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1]
        return { status: response.statusCode, retryAfter: typeof retryAfter === 'string' ? retryAfter : null, data: response.data as unknown }
      } catch {
        return { status: 0, retryAfter: null, data: undefined as unknown }
      }
    },
    { idempotent: options.idempotent ?? method === 'GET' },
  )
  if (outcome.status === 0) throw new ApiError('network_error', '网络连接失败，请检查网络后重试', 0)
  const statusCode = outcome.status
  // The body is untrusted until the schema has parsed it.
  const data = outcome.data

  if (statusCode >= 400) {
    // An expired or revoked session: forget it so the next screen offers a fresh login.
    if (statusCode === 401) clearToken()
    const parsedError = ZApiError.safeParse(data)
    if (parsedError.success) throw new ApiError(parsedError.data.code, parsedError.data.message, statusCode, parsedError.data.issues)
    throw new ApiError('http_error', `服务暂时不可用（${statusCode}），请稍后重试`, statusCode)
  }

  const parsed = options.schema.safeParse(data)
  if (!parsed.success) {
    console.error(`[request] ${options.path}: response does not match the contract`, parsed.error.issues)
    throw new ApiError('bad_response', '服务器返回的数据有误，请稍后重试', statusCode)
  }
  return parsed.data
}
