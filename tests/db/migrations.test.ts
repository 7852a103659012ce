import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import postgres from 'postgres'
import { MIGRATIONS_DIR, migrate } from '../../cloud/lib/db/migrate'
import { connectTestDb } from '../setup/db'

const sql = connectTestDb()
afterAll(() => sql.end())

describe('migrations', () => {
  it('are recorded where the Supabase CLI records them, and re-running applies nothing', async () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'))
    const rows = await sql<{ version: string }[]>`select version from supabase_migrations.schema_migrations order by version`
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.split('_')[0]).sort())
    expect(await migrate(sql)).toEqual([])
  })

  it('define the Supabase auth functions outside Supabase', async () => {
    const [row] = await sql.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}', true)`
      return tx<{ uid: string; role: string }[]>`select auth.uid() as uid, auth.role() as role`
    })
    expect(row).toEqual({ uid: '00000000-0000-4000-8000-000000000001', role: 'authenticated' })
  })

  it('seeded the five notices and the demo campaign with its activities', async () => {
    const campaigns = await sql<{ slug: string; activities: number }[]>`
      select c.slug, count(a.id)::int as activities from campaigns c left join activities a on a.campaign_id = c.id
      where c.notice_ref is not null or c.is_demo group by c.slug order by c.slug`
    expect(campaigns.map((c) => c.slug)).toEqual(['demo', 'jincheng-2021', 'lanzhou-2023', 'lianyungang-2024', 'zhaoqing-2019', 'ziyang-2023'])
    expect(campaigns.find((c) => c.slug === 'demo')!.activities).toBeGreaterThanOrEqual(40)
  })
})

/**
 * migrate() on a database of its own (created on the test server and dropped again), with
 * migration files written for the test: what one transaction per file means.
 */
describe('migrate(), one transaction per file', () => {
  let dir: string
  let scratch: postgres.Sql
  const dbName = `xlf_migrate_${randomUUID().replace(/-/g, '').slice(0, 12)}`

  beforeAll(async () => {
    await sql.unsafe(`create database ${dbName}`)
    const url = new URL(process.env.TEST_DATABASE_URL ?? '')
    url.pathname = `/${dbName}`
    scratch = postgres(url.toString(), { onnotice: () => undefined, max: 4 })
    dir = mkdtempSync(path.join(os.tmpdir(), 'xlf-migrations-'))
    // A value added to an enum cannot be used in the transaction that added it: the next file uses it.
    writeFileSync(path.join(dir, '20990101000000_mood.sql'), "create type mood as enum ('ok');\nalter type mood add value 'good';\n")
    writeFileSync(path.join(dir, '20990101000100_use_mood.sql'), "create table feelings (m mood not null default 'good');\ninsert into feelings default values;\n")
    writeFileSync(path.join(dir, '20990101000200_broken.sql'), 'create table half_done (id int);\nselect 1 / 0;\n')
  })

  afterAll(async () => {
    await scratch?.end()
    await sql.unsafe(`drop database if exists ${dbName} with (force)`)
    rmSync(dir, { recursive: true, force: true })
  })

  const recorded = async () =>
    (await scratch<{ version: string }[]>`select version from supabase_migrations.schema_migrations order by version`).map((r) => r.version)

  it('a failing file leaves the files before it applied and itself neither applied nor recorded', async () => {
    await expect(migrate(scratch, dir)).rejects.toThrow(/20990101000200_broken\.sql failed: division by zero/)
    expect(await recorded()).toEqual(['20990101000000', '20990101000100'])
    const [feeling] = await scratch<{ m: string }[]>`select m::text from feelings`
    expect(feeling?.m).toBe('good')
    const [table] = await scratch<{ found: string | null }[]>`select to_regclass('public.half_done')::text as found`
    expect(table?.found).toBeNull()
    // The advisory lock went with the run: a second run is not left waiting.
    const [lock] = await scratch<{ held: number }[]>`select count(*)::int as held from pg_locks where locktype = 'advisory'`
    expect(lock?.held).toBe(0)
  })

  it('applies the mended file alone, and applying twice (even at once) is a no-op', async () => {
    writeFileSync(path.join(dir, '20990101000200_broken.sql'), 'create table half_done (id int);\n')
    // Two processes starting together: the lock makes one wait, and it then finds nothing to do.
    const [first, second] = await Promise.all([migrate(scratch, dir), migrate(scratch, dir)])
    expect([...first, ...second]).toEqual(['20990101000200_broken.sql'])
    expect(await recorded()).toEqual(['20990101000000', '20990101000100', '20990101000200'])
    expect(await migrate(scratch, dir)).toEqual([])
    const [table] = await scratch<{ found: string | null }[]>`select to_regclass('public.half_done')::text as found`
    expect(table?.found).toBe('half_done')
  })
})
