import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import { assertSafeObjectPath, storageUnavailable, type PhotoStorage, type TSignedUpload } from './photo-storage'

/**
 * Supabase Storage, server-side only, with the service-role key (which never leaves the server).
 * The mini-program receives signed upload URLs and PUTs the photo to them directly.
 */
export class SupabasePhotoStorage implements PhotoStorage {
  readonly kind = 'supabase' as const
  private readonly client: SupabaseClient

  constructor(url: string, serviceRoleKey: string, private readonly bucket: string) {
    this.client = createClient(url, serviceRoleKey, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    })
  }

  async createSignedUploadUrl(objectPath: string): Promise<TSignedUpload> {
    assertSafeObjectPath(objectPath)
    // upsert false (also Supabase's default, stated here on purpose): the token lets its holder
    // create the object once; a second PUT to an existing object answers 409 Duplicate.
    const { data, error } = await this.client.storage.from(this.bucket).createSignedUploadUrl(objectPath, { upsert: false })
    if (error) throw storageUnavailable(error, `signed upload URL failed: ${error.message}`)
    return { url: data.signedUrl, token: data.token, path: data.path }
  }

  async createSignedReadUrl(objectPath: string, expiresInSeconds: number): Promise<string> {
    assertSafeObjectPath(objectPath)
    const { data, error } = await this.client.storage.from(this.bucket).createSignedUrl(objectPath, expiresInSeconds)
    if (error) throw new Error(`signed read URL failed: ${error.message}`)
    return data.signedUrl
  }

  async read(objectPath: string): Promise<Buffer> {
    assertSafeObjectPath(objectPath)
    const { data, error } = await this.client.storage.from(this.bucket).download(objectPath)
    if (error) throw isMissingObject(error) ? new Error(`download failed: ${error.message}`) : storageUnavailable(error, `download failed: ${error.message}`)
    return Buffer.from(await data.arrayBuffer())
  }

  async write(objectPath: string, bytes: Buffer, contentType: string): Promise<void> {
    assertSafeObjectPath(objectPath)
    const { error } = await this.client.storage.from(this.bucket).upload(objectPath, bytes, { contentType, upsert: true })
    if (error) throw storageUnavailable(error, `upload failed: ${error.message}`)
  }

  async probe(): Promise<void> {
    const { error } = await this.client.storage.getBucket(this.bucket)
    if (error) throw new Error(`bucket ${this.bucket}: ${error.message}`)
  }

  async remove(paths: string[]): Promise<void> {
    paths.forEach(assertSafeObjectPath)
    const { error } = await this.client.storage.from(this.bucket).remove(paths)
    if (error) throw new Error(`remove failed: ${error.message}`)
  }
}

/** Storage answered "no such object" (HTTP 400/404 with a not-found message), as opposed to failing. */
function isMissingObject(error: { message: string; status?: unknown; statusCode?: unknown }): boolean {
  const status = Number(error.status ?? error.statusCode)
  return status === 404 || (status === 400 && /not.?found/i.test(error.message))
}
