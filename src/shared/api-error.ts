/**
 * The one error type the mini-program sees from the API. `code` is for code paths, `message`
 * is the Chinese sentence shown to people (the server's `message`, or ours for transport failures).
 */
export class ApiError extends Error {
  readonly code: string
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number

  constructor(code: string, message: string, status: number) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
  }
}

/** What to show for any failure: the API's Chinese message, or a generic one for bugs. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return '出了点问题，请稍后重试'
}
