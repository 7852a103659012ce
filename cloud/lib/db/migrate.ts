import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TSql } from './client'

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../supabase/migrations')

/**
 * Applies cloud/supabase/migrations in order, recording each in the same table the Supabase CLI
 * uses (supabase_migrations.schema_migrations), so `supabase db push` and this agree on what ran.
 * An advisory lock keeps two starting processes from migrating at once.
 */
export async function migrate(sql: TSql, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => /^\d{14}_[\w-]+\.sql$/.test(name)).sort()
  const applied: string[] = []
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('xueleifeng.migrate'))`
    await tx`create schema if not exists supabase_migrations`
    await tx`create table if not exists supabase_migrations.schema_migrations (version text primary key, statements text[], name text)`
    const rows = await tx<{ version: string }[]>`select version from supabase_migrations.schema_migrations`
    const done = new Set(rows.map((row) => row.version))
    for (const file of files) {
      const [version, ...rest] = file.replace(/\.sql$/, '').split('_')
      if (!version || done.has(version)) continue
      const text = await readFile(path.join(dir, file), 'utf8')
      await tx.unsafe(text)
      await tx`insert into supabase_migrations.schema_migrations (version, statements, name) values (${version}, ${[text]}, ${rest.join('_')})`
      applied.push(file)
    }
  })
  return applied
}
