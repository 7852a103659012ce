import path from 'node:path'
import { requireEnv } from '../config/env'
import { resolveSessionSecret } from '../auth/session-secret'
import { LocalPhotoStorage } from './local-photo-storage'
import type { PhotoStorage } from './photo-storage'
import { SupabasePhotoStorage } from './supabase-photo-storage'

let storage: PhotoStorage | undefined

/** Supabase Storage when SUPABASE_URL and the service-role key are set; local disk otherwise. */
export function getPhotoStorage(): PhotoStorage {
  if (storage) return storage
  const env = requireEnv()
  if (env.SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY) {
    storage = new SupabasePhotoStorage(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY, env.SUPABASE_STORAGE_BUCKET)
  } else {
    const dataDir = env.DATA_DIR ?? path.resolve(__dirname, '../../../.data')
    storage = new LocalPhotoStorage(path.join(dataDir, 'storage'), env.PUBLIC_URL ?? 'http://localhost:3000', resolveSessionSecret(env))
  }
  return storage
}

export function resetPhotoStorage(): void {
  storage = undefined
}
