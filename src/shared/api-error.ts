/**
 * The one error type the mini-program sees from the API. `code` is for code paths, `message`
 * is the Chinese sentence shown to people (the server's `message`, or ours for transport failures).
 */
export class ApiError extends Error {
  readonly code: string
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number
  /** Which fields were wrong (path like "activity.startsAt"), when the input failed validation. */
  readonly issues: { path: string; message: string }[]

  constructor(code: string, message: string, status: number, issues: { path: string; message: string }[] = []) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.issues = issues
  }
}

/** What to show for any failure: the API's Chinese message, or a generic one for bugs. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return '出了点问题，请稍后重试'
}
