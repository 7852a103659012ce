import { readdirSync } from 'node:fs'
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
      where c.slug not like 't-%' and c.slug not like 'j-%' group by c.slug order by c.slug`
    expect(campaigns.map((c) => c.slug)).toEqual(['demo', 'jincheng-2021', 'lanzhou-2023', 'lianyungang-2024', 'zhaoqing-2019', 'ziyang-2023'])
    expect(campaigns.find((c) => c.slug === 'demo')!.activities).toBeGreaterThanOrEqual(40)
  })
})
