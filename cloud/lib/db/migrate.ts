import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TSql } from './client'

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../supabase/migrations')

const LOCK_KEY = 'xueleifeng.migrate'

/**
 * Applies cloud/supabase/migrations in order, recording each in the same table the Supabase CLI
 * uses (supabase_migrations.schema_migrations), so `supabase db push` and this agree on what ran.
 *
 * Like the Supabase CLI, each file runs in its own transaction together with its record: a file
 * that fails leaves the files before it applied and itself unrecorded, and a later file can use
 * what an earlier one committed (a value added with `alter type … add value` cannot be used in the
 * transaction that added it).
 *
 * A session-level advisory lock, held on one reserved connection for the whole run, keeps two
 * starting processes from migrating at once: the second waits, then finds nothing left to apply.
 * (Session locks need a session connection: production migrations run with the Supabase CLI, not
 * through the transaction pooler.)
 */
export async function migrate(sql: TSql, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => /^\d{14}_[\w-]+\.sql$/.test(name)).sort()
  const applied: string[] = []
  const conn = await sql.reserve()
  try {
    await conn`select pg_advisory_lock(hashtext(${LOCK_KEY}))`
    try {
      await conn`create schema if not exists supabase_migrations`
      await conn`create table if not exists supabase_migrations.schema_migrations (version text primary key, statements text[], name text)`
      const rows = await conn<{ version: string }[]>`select version from supabase_migrations.schema_migrations`
      const done = new Set(rows.map((row) => row.version))
      for (const file of files) {
        const [version, ...rest] = file.replace(/\.sql$/, '').split('_')
        if (!version || done.has(version)) continue
        const text = await readFile(path.join(dir, file), 'utf8')
        // sql.begin() would take another pooled connection: the transaction is spelt out on this one.
        await conn.unsafe('begin')
        try {
          await conn.unsafe(text)
          await conn`insert into supabase_migrations.schema_migrations (version, statements, name) values (${version}, ${[text]}, ${rest.join('_')})`
          await conn.unsafe('commit')
        } catch (error) {
          await conn.unsafe('rollback').catch(() => undefined)
          throw new Error(`migration ${file} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
        }
        applied.push(file)
      }
    } finally {
      await conn`select pg_advisory_unlock(hashtext(${LOCK_KEY}))`.catch(() => undefined)
    }
  } finally {
    conn.release()
  }
  return applied
}
