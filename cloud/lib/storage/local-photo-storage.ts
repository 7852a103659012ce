import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { access, constants, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AppError } from '../errors/app-error'
import { assertSafeObjectPath, storageUnavailable, type PhotoStorage, type TSignedUpload } from './photo-storage'

type TAction = 'upload' | 'read'

/**
 * Photos on local disk, for the embedded default. Signed URLs point at the local server's
 * /_storage routes and carry an HMAC over (action, path, expiry), like Supabase's signed URLs.
 */
export class LocalPhotoStorage implements PhotoStorage {
  readonly kind = 'local' as const

  constructor(
    private readonly root: string,
    private readonly publicBaseUrl: string,
    private readonly secret: string,
    private readonly uploadTtlSeconds = 2 * 3600,
  ) {}

  async createSignedUploadUrl(objectPath: string): Promise<TSignedUpload> {
    assertSafeObjectPath(objectPath)
    // Like Supabase, which answers a signing request only when the bucket is there: a storage
    // folder that cannot be used fails here, before the app is told to upload.
    await mkdir(this.root, { recursive: true }).catch((error: unknown) => {
      throw storageUnavailable(error, `local storage root unusable: ${String(error)}`)
    })
    const token = this.sign('upload', objectPath, this.uploadTtlSeconds)
    return { url: `${this.publicBaseUrl}/_storage/upload/${objectPath}?token=${token}`, token, path: objectPath }
  }

  async createSignedReadUrl(objectPath: string, expiresInSeconds: number): Promise<string> {
    assertSafeObjectPath(objectPath)
    return `${this.publicBaseUrl}/_storage/object/${objectPath}?token=${this.sign('read', objectPath, expiresInSeconds)}`
  }

  async read(objectPath: string): Promise<Buffer> {
    assertSafeObjectPath(objectPath)
    try {
      return await readFile(this.file(objectPath))
    } catch (error) {
      // A missing file is the caller's business (not uploaded yet); anything else is the disk failing.
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') throw error
      throw storageUnavailable(error, `local storage read failed: ${String(error)}`)
    }
  }

  async remove(paths: string[]): Promise<void> {
    for (const objectPath of paths) {
      assertSafeObjectPath(objectPath)
      await rm(this.file(objectPath), { force: true })
    }
  }

  /** Server-side writes of files we make ourselves (they may replace an earlier copy). */
  async write(objectPath: string, bytes: Buffer, _contentType?: string): Promise<void> {
    assertSafeObjectPath(objectPath)
    await mkdir(path.dirname(this.file(objectPath)), { recursive: true })
    await writeFile(this.file(objectPath), bytes)
  }

  /**
   * The local server's upload route, once it has checked the token: creates the object, once. Like
   * Supabase's signed upload (upsert false), an object that exists is never replaced — a second
   * PUT to the same URL, before or after the file was recorded, is a 409. The bytes land in a
   * temporary file first and are linked into place, so a racing PUT cannot interleave with them.
   */
  async writeOnce(objectPath: string, bytes: Buffer): Promise<void> {
    assertSafeObjectPath(objectPath)
    const file = this.file(objectPath)
    const temporary = `${file}.${randomUUID()}.part`
    try {
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(temporary, bytes, { flag: 'wx' })
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined)
      throw storageUnavailable(error, `local storage write failed: ${String(error)}`)
    }
    try {
      await link(temporary, file)
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new AppError('upload_already_used')
      throw error
    } finally {
      await rm(temporary, { force: true })
    }
  }

  async probe(): Promise<void> {
    await mkdir(this.root, { recursive: true })
    await access(this.root, constants.R_OK | constants.W_OK)
  }

  verify(action: TAction, objectPath: string, token: string, now: Date = new Date()): boolean {
    const [expires, signature] = token.split('.')
    if (!expires || !signature || Number(expires) * 1000 < now.getTime()) return false
    const expected = Buffer.from(this.mac(action, objectPath, expires))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }

  private sign(action: TAction, objectPath: string, ttlSeconds: number): string {
    const expires = String(Math.floor(Date.now() / 1000) + ttlSeconds)
    return `${expires}.${this.mac(action, objectPath, expires)}`
  }

  private mac(action: TAction, objectPath: string, expires: string): string {
    return createHmac('sha256', this.secret).update(`${action}\n${objectPath}\n${expires}`).digest('base64url')
  }

  private file(objectPath: string): string {
    return path.join(this.root, ...objectPath.split('/'))
  }
}
