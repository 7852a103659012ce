import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import postgres from 'postgres'
import { MIGRATIONS_DIR, migrate } from '../../cloud/lib/db/migrate'

/**
 * The schema as `supabase db push` and a fresh embedded Postgres take it (issue 12, "Deployment").
 *
 * Applying twice: migrations are plain DDL (`create table`, not `create table if not exists`), as
 * the Supabase CLI expects; a second run is a no-op because both the CLI and our migrator record
 * each version in supabase_migrations.schema_migrations and skip what is recorded. So the test
 * runs every migration on a fresh database, runs the migrator again (nothing applied, no error),
 * and checks the ledger is the one the CLI reads: one row per file, by its 14-digit version.
 */
const files = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort()

/** The statement text outside comments, string literals and dollar-quoted bodies (functions, DO blocks). */
function topLevelSql(text: string): string {
  return text
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
}

describe('migration files (supabase db push)', () => {
  it('are named <14 digits>_<name>.sql with unique versions, in the CLI folder layout', () => {
    expect(path.basename(path.dirname(MIGRATIONS_DIR))).toBe('supabase')
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) expect(file).toMatch(/^\d{14}_[a-z0-9_]+\.sql$/)
    const versions = files.map((file) => file.slice(0, 14))
    expect(new Set(versions).size).toBe(versions.length)
    // Nothing else in the folder that the CLI would trip over.
    expect(readdirSync(MIGRATIONS_DIR).filter((name) => !files.includes(name))).toEqual([])
  })

  it.each(files)('%s has no psql meta-commands and no transaction statements of its own', (file) => {
    const text = readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')
    const meta = text.split('\n').filter((line) => /^\s*\\[a-zA-Z!?]/.test(line))
    expect(meta).toEqual([])
    const sql = topLevelSql(text)
    // The CLI (and our migrator) wrap each file in a transaction: a file's own BEGIN/COMMIT would break it.
    const transaction = sql.match(/(^|;)\s*(begin|start\s+transaction|commit|end|rollback|savepoint|release\s+savepoint|abort)\b[^;]*;/gi) ?? []
    expect(transaction).toEqual([])
    // Nor anything Postgres refuses inside a transaction.
    expect(sql.match(/\b(create|drop)\s+index\s+concurrently\b|\bvacuum\b|\b(create|drop)\s+database\b|\balter\s+system\b/gi) ?? []).toEqual([])
  })
})

describe('a fresh database', () => {
  const admin = postgres(process.env.TEST_DATABASE_URL ?? '', { onnotice: () => undefined, max: 2 })
  const name = `xlf_deploy_${randomUUID().replace(/-/g, '').slice(0, 12)}`
  let fresh: postgres.Sql

  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`)
    const url = new URL(process.env.TEST_DATABASE_URL ?? '')
    url.pathname = `/${name}`
    fresh = postgres(url.toString(), { onnotice: () => undefined, max: 4 })
  })
  afterAll(async () => {
    await fresh?.end()
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end()
  })

  it('takes every migration, then a second run applies nothing and fails nothing', async () => {
    expect(await migrate(fresh)).toEqual(files)
    expect(await migrate(fresh)).toEqual([])
    const ledger = await fresh<{ version: string; name: string }[]>`select version, name from supabase_migrations.schema_migrations order by version`
    expect(ledger.map((row) => `${row.version}_${row.name}.sql`)).toEqual(files)
  }, 120_000)

  it('has the private photos bucket, closed to every API role by policy', async () => {
    const [bucket] = await fresh<{ id: string; public: boolean }[]>`select id, public from storage.buckets where id = 'photos'`
    expect(bucket).toEqual({ id: 'photos', public: false })
    await fresh`insert into storage.objects (bucket_id, name) values ('photos', 'c/u/a.jpg')`
    for (const role of ['anon', 'authenticated']) {
      const asRole = <T>(work: (tx: postgres.TransactionSql) => Promise<T>) =>
        fresh.begin(async (tx) => {
          await tx`select set_config('role', ${role}, true)`
          return work(tx)
        })
      const rows = await asRole((tx) => tx`select name from storage.objects where bucket_id = 'photos'`)
      expect({ role, rows: rows.length }).toEqual({ role, rows: 0 })
      await expect(asRole((tx) => tx`insert into storage.objects (bucket_id, name) values ('photos', 'x/y/z.jpg')`)).rejects.toMatchObject({ code: '42501' })
    }
  })

  it('has the rate-limit counters closed to every API role', async () => {
    const [row] = await fresh<{ rls: boolean }[]>`select relrowsecurity as rls from pg_class where oid = 'public.rate_limit_counters'::regclass`
    expect(row?.rls).toBe(true)
    const privileges = await fresh<{ grantee: string }[]>`
      select grantee from information_schema.role_table_grants where table_name = 'rate_limit_counters' and grantee in ('anon', 'authenticated')`
    expect(privileges).toEqual([])
  })
})
