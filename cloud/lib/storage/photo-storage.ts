import { AppError } from '../errors/app-error'

/**
 * Where photo files live. Production: Supabase Storage through @supabase/supabase-js. Embedded
 * default: a local directory served by the local server. Both hand out signed upload URLs, so the
 * mini-program uploads straight to storage and never through a function (Vercel caps bodies at 4.5 MB).
 */
export type TSignedUpload = {
  /**
   * PUT the file's bytes here (Supabase: `uploadToSignedUrl` semantics; local: the same PUT). Single
   * use: the object must not exist yet, so a second PUT is refused (409) and a recorded file can
   * never be replaced through its URL.
   */
  url: string
  token: string
  path: string
}

export interface PhotoStorage {
  readonly kind: 'supabase' | 'local'
  createSignedUploadUrl(path: string): Promise<TSignedUpload>
  createSignedReadUrl(path: string, expiresInSeconds: number): Promise<string>
  read(path: string): Promise<Buffer>
  /** Server-side writes of files we make ourselves (e.g. the EXIF-free display copy). */
  write(path: string, bytes: Buffer, contentType: string): Promise<void>
  remove(paths: string[]): Promise<void>
  /** Health check: resolves when storage answers (the bucket or folder is there), rejects otherwise. */
  probe(): Promise<void>
}

/** Object keys are ours, never the client's: `<campaign>/<unit>/<uuid>.<ext>`. */
export function isSafeObjectPath(path: string): boolean {
  return /^[a-z0-9][a-z0-9/_.-]{0,250}$/i.test(path) && !path.includes('..') && !path.includes('//')
}

/**
 * Storage itself failing (unreachable, a disk error) rather than a file missing: nothing was saved,
 * the client may try again — a 503 with Retry-After, never a 500 and never "please upload again".
 */
export function storageUnavailable(cause: unknown, detail: string): AppError {
  return new AppError('service_unavailable', { userMessage: '文件存储暂时不可用，请稍后重试', retryAfterSeconds: 5, cause, detail })
}

export function isStorageUnavailable(error: unknown): boolean {
  return error instanceof AppError && error.code === 'service_unavailable'
}

/** A path that is not ours (`..`, odd characters) is bad input: a 400, never a 500. */
export function assertSafeObjectPath(path: string): void {
  if (!isSafeObjectPath(path)) {
    throw new AppError('bad_request', { userMessage: '文件路径无效，请重新上传', detail: `unsafe storage path: ${path.slice(0, 300)}` })
  }
}
