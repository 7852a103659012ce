import type { VercelResponse } from '@vercel/node'
import type { TApiError } from '../../../types/api/common'
import { AppError, ERROR_CODES, type TErrorCode } from '../errors/app-error'
import { quoteName } from '../../../types/quote-name'

/**
 * Postgres errors that mean "bad input got this far" rather than "the server broke". Everything
 * else unknown is a 500 with a generic message; its detail goes to the log, never to the client.
 */
const PG_ERROR_CODES: Record<string, AppError['code']> = {
  '22P02': 'validation_failed', // invalid_text_representation
  '22007': 'validation_failed', // invalid_datetime_format
  '22008': 'validation_failed', // datetime_field_overflow
  '22003': 'validation_failed', // numeric_value_out_of_range
  '23505': 'conflict', // unique_violation
  '23503': 'conflict', // foreign_key_violation
  '23514': 'conflict', // check_violation
  '42501': 'forbidden', // insufficient_privilege (RLS refused a write)
  '40001': 'conflict', // serialization_failure
  '40P01': 'conflict', // deadlock_detected
}

/** Messages that carry the detail the SQL function raised with (see the migrations' raise_code). */
const WITH_DETAIL: Partial<Record<TErrorCode, (detail: string) => string>> = {
  time_overlap: (title) => `与你已报名的${quoteName(title)}时间冲突，请先取消那个活动或另选时间`,
  outside_geofence: (metres) => `你距活动地点约 ${metres} 米，请到现场后再签到`,
}

/**
 * The database is away (restarting, failing over, out of connections): the request did nothing and
 * may be sent again, so 503 with Retry-After instead of a 500. Postgres' own codes for a server
 * shutting down or starting, and the client library's for a connection refused or dropped.
 */
const DATABASE_AWAY_PG_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006'])
const DATABASE_AWAY_CLIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT'])
/** How long a client should wait before retrying while the database is away (a restart takes ~1–2 s). */
export const DATABASE_AWAY_RETRY_SECONDS = 2

function isErrorCode(value: string): value is TErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, value)
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const pgCode = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  // Business rules enforced in SQL raise P0001 with one of our codes as the message.
  if (pgCode === 'P0001' && error instanceof Error && isErrorCode(error.message)) {
    const detail = 'detail' in error && typeof error.detail === 'string' ? error.detail : ''
    const format = WITH_DETAIL[error.message]
    return new AppError(error.message, { cause: error, userMessage: detail && format ? format(detail) : undefined })
  }
  if (DATABASE_AWAY_PG_CODES.has(pgCode) || DATABASE_AWAY_CLIENT_CODES.has(pgCode)) {
    return new AppError('service_unavailable', { cause: error, retryAfterSeconds: DATABASE_AWAY_RETRY_SECONDS, detail: `database unavailable (${pgCode})` })
  }
  const mapped = PG_ERROR_CODES[pgCode]
  if (mapped) return new AppError(mapped, { cause: error })
  return new AppError('internal', { cause: error })
}

export function sendError(res: VercelResponse, error: unknown): void {
  const appError = toAppError(error)
  if (appError.status === 500 || appError.status === 502) console.error('[api]', appError.code, appError.cause ?? appError)
  if (res.headersSent) {
    res.end()
    return
  }
  const body: TApiError = { code: appError.code, message: appError.userMessage }
  if (appError.issues) body.issues = appError.issues
  // The id in the x-request-id header (define-handler), so a person's report finds the log line.
  const requestId = res.getHeader('x-request-id')
  if (typeof requestId === 'string') body.requestId = requestId
  if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(appError.retryAfterSeconds))))
  res.status(appError.status).json(body)
}
