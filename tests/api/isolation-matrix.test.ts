import { randomUUID } from 'node:crypto'
import type postgres from 'postgres'
import { ZApiError } from '../../types/api/common'
import { listApiOperations, OPERATION_SPECS, type TOperation, type TTarget } from '../setup/api-catalogue'
import { createWorld, type TScope, type TWorld } from '../setup/api-world'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * Isolation as one matrix (issue 12): every role × every table of the public schema × another
 * unit's, another district's, another campaign's and another volunteer's rows — directly in SQL
 * under row-level security (read 0 rows, update and delete 0 rows, insert refused) and through the
 * API (every operation that names a row, called with the other's ids: 401/403/404, nothing of theirs
 * in the answer, nothing of theirs changed). The table list is read from the database: a new table
 * without rows in the world (tests/setup/api-world.ts) and a line in TABLES fails here.
 */
const sql = connectTestDb()
let world: TWorld
beforeAll(async () => {
  world = await createWorld(sql)
})
afterAll(() => sql.end())

type TRoleName = 'volunteer' | 'unit_contact' | 'district_admin' | 'organiser' | 'anonymous'
const ROLES: TRoleName[] = ['volunteer', 'unit_contact', 'district_admin', 'organiser', 'anonymous']
type TDimension = 'another unit' | 'another district' | 'another campaign' | 'another volunteer' | 'not signed in' | 'service only'

/**
 * What a table's rows belong to. `campaign`: the campaign as a whole (any of its members may read
 * them); `unit`: one unit's work; `person`: one person's own data; `unit+person`: a person's
 * registration at a unit's activity (the person and the unit's managers); `organiser`: the
 * organisers' own (invites, unit-list imports, audit); `service`: the server's alone (rate limits).
 */
const TABLES: Record<string, 'campaign' | 'unit' | 'person' | 'unit+person' | 'organiser' | 'service'> = {
  rate_limit_counters: 'service',
  campaigns: 'campaign',
  campaign_deadlines: 'campaign',
  campaign_quotas: 'campaign',
  campaign_contacts: 'campaign',
  districts: 'campaign',
  units: 'campaign',
  unit_list_imports: 'organiser',
  audit_log: 'organiser',
  invite_codes: 'organiser',
  memberships: 'unit+person',
  app_users: 'person',
  privacy_consents: 'person',
  privacy_consent_events: 'person',
  notification_outbox: 'person',
  activities: 'unit',
  registrations: 'unit+person',
  check_ins: 'unit+person',
  check_in_scans: 'unit+person',
  photos: 'unit',
  photo_check_jobs: 'unit',
  photo_check_results: 'unit',
  showcase_applications: 'unit',
  reports: 'unit',
  unit_submissions: 'unit',
  weekly_stats: 'unit',
  weekly_stats_served: 'unit',
  weekly_stats_returns: 'unit',
  weekly_stats_pictures: 'unit',
  media_coverage: 'unit',
  arrangement_imports: 'unit',
  storage_uploads: 'unit',
}

function userOf(role: TRoleName): string | null {
  const { V1, K1, A1, O1 } = world.users
  return { volunteer: V1, unit_contact: K1, district_admin: A1, organiser: O1, anonymous: null }[role]
}

type TRow = TWorld['rows'][number]

/**
 * The rows `role` must neither read nor write, with the dimension each is foreign in. Campaign 2
 * (scope s3) is foreign to everyone. Within campaign 1, unit 2 / district 2 (s2) is foreign to all
 * but the organiser — except what any member of the campaign reads (its districts and units, a
 * published activity). A volunteer's own data (consents, notifications, code attempts) is foreign
 * to everybody else; volunteer 2's registration, check-in and scan belong to unit 2, so they are
 * foreign to volunteer 1, unit 1's contact and district 1's admin, and readable by the organiser.
 */
function foreignRows(role: TRoleName): Array<TRow & { dimension: TDimension }> {
  const rows: Array<TRow & { dimension: TDimension }> = []
  for (const row of world.rows) {
    if (role === 'anonymous') {
      rows.push({ ...row, dimension: 'not signed in' })
      continue
    }
    const kind = TABLES[row.table]
    const me = role === 'volunteer' ? 'V1' : null
    if (kind === 'service') {
      rows.push({ ...row, dimension: row.person && row.person !== me ? 'another volunteer' : 'service only' })
      continue
    }
    if (row.scope === 's3') {
      rows.push({ ...row, dimension: row.person && row.person !== me ? 'another volunteer' : 'another campaign' })
      continue
    }
    const ownPerson = row.person !== undefined && row.person === me
    if (kind === 'person' || row.table === 'notification_outbox') {
      // A person's own data; the organiser and unit managers see people (app_users) they work with.
      const seenByManagers = row.table === 'app_users' && (role === 'organiser' || (row.person === 'V1' && role === 'unit_contact'))
      if (!ownPerson && !seenByManagers) rows.push({ ...row, dimension: 'another volunteer' })
      continue
    }
    if (row.scope !== 's2' || role === 'organiser') continue
    if (kind === 'campaign') continue
    if (row.table === 'activities' && row.value === world.s2.activityId) continue
    if (kind === 'organiser') continue
    rows.push({ ...row, dimension: row.person === 'V2' ? 'another volunteer' : role === 'district_admin' ? 'another district' : 'another unit' })
  }
  // Organiser-only campaign rows of campaign 1 are foreign to the other roles too (not per unit, but not theirs).
  if (role !== 'organiser' && role !== 'anonymous') {
    for (const row of world.rows) if (TABLES[row.table] === 'organiser' && row.scope === 's1') rows.push({ ...row, dimension: 'another unit' })
  }
  return rows
}

/** Key columns whose copies must differ for an insert to be about RLS, not a duplicate key. */
const UNIQUE_TEXT = ['slug', 'key', 'code', 'path', 'storage_path', 'dedupe_key']

type TOutcome = { read: number; updated: number | 'refused'; deleted: number | 'refused'; insert: string }

/** Reads, updates, deletes and inserts one row as `userId`, each in a savepoint rolled back afterwards. */
async function attack(table: string, key: string, value: string, userId: string | null, copy: Record<string, unknown>, updatable: string | null): Promise<TOutcome> {
  const ROLLBACK = new Error('rollback')
  const attempt = async <T>(tx: postgres.TransactionSql, work: (sp: postgres.TransactionSql) => Promise<T>): Promise<T | 'refused'> => {
    let result: T | 'refused' = 'refused'
    try {
      await tx.savepoint(async (sp) => {
        result = await work(sp as unknown as postgres.TransactionSql)
        throw ROLLBACK
      })
    } catch (error) {
      if (error === ROLLBACK) return result
      const code = (error as { code?: string }).code ?? ''
      if (code === '42501' || code === 'P0001') return 'refused'
      return `error ${code} ${(error as Error).message}` as unknown as T
    }
    return result
  }
  return asUser(sql, userId, async (tx) => {
    const read = await attempt(tx, async (sp) => (await sp.unsafe(`select 1 from public.${table} where ${key}::text = $1`, [value])).length)
    const updated = updatable
      ? await attempt(tx, async (sp) => (await sp.unsafe(`update public.${table} set ${updatable} = ${updatable} where ${key}::text = $1`, [value])).count)
      : 'refused'
    const deleted = await attempt(tx, async (sp) => (await sp.unsafe(`delete from public.${table} where ${key}::text = $1`, [value])).count)
    const columns = Object.keys(copy)
    const insert = await attempt(tx, async (sp) => {
      await sp.unsafe(
        `insert into public.${table} (${columns.map((c) => `"${c}"`).join(', ')}) select ${columns.map((c) => `"${c}"`).join(', ')} from json_populate_record(null::public.${table}, $1::text::json)`,
        [JSON.stringify(copy)],
      )
      return 'inserted'
    })
    return { read: read === 'refused' ? 0 : Number(read), updated, deleted, insert: String(insert) }
  })
}

/** A copy of the row as its owner sees it, with a new key, ready to insert as someone else. */
async function copyOf(table: string, key: string, value: string): Promise<Record<string, unknown>> {
  const [row] = await sql.unsafe<{ row: Record<string, unknown> }[]>(`select row_to_json(t) as row from public.${table} t where ${key}::text = $1`, [value])
  if (!row) throw new Error(`${table} ${key}=${value} not found`)
  const copy = { ...row.row }
  const identity = await sql<{ column_name: string }[]>`
    select column_name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and (is_identity = 'YES' or is_generated = 'ALWAYS' or column_default like 'nextval%')`
  for (const { column_name } of identity) delete copy[column_name]
  if (typeof copy.id === 'string') copy.id = randomUUID()
  for (const column of UNIQUE_TEXT) {
    if (typeof copy[column] === 'string') copy[column] = column === 'code' ? `X${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}` : `${String(copy[column])}-copy-${randomUUID().slice(0, 6)}`
  }
  return copy
}

/** A column `role` holds UPDATE on (so the update reaches RLS), or null: no UPDATE grant at all is a refusal too. */
async function updatableColumn(table: string, role: 'authenticated' | 'anon'): Promise<string | null> {
  const [row] = await sql<{ column_name: string }[]>`
    select column_name from information_schema.columns c
    where table_schema = 'public' and table_name = ${table}
      and is_identity = 'NO' and is_generated = 'NEVER'
      and has_column_privilege(${role}, format('public.%I', c.table_name), c.column_name, 'UPDATE')
    order by ordinal_position limit 1`
  return row ? `"${row.column_name}"` : null
}

describe('isolation in SQL under row-level security', () => {
  it('covers every table of the public schema', async () => {
    const tables = await sql<{ tablename: string }[]>`select tablename from pg_tables where schemaname = 'public' order by tablename`
    const withoutRows = tables.map((t) => t.tablename).filter((table) => !TABLES[table] || !world.rows.some((row) => row.table === table))
    // A new table needs a line in TABLES and rows in createWorld (per unit and/or per volunteer).
    expect(withoutRows).toEqual([])
    expect(Object.keys(TABLES).filter((table) => !tables.some((t) => t.tablename === table))).toEqual([])
  })

  it.each(ROLES)('%s: 0 rows read, 0 updated, 0 deleted and no insert on every other’s row of every table', async (role) => {
    const userId = userOf(role)
    const leaks: string[] = []
    const cells = new Set<string>()
    const rows = foreignRows(role)
    const updatable = new Map<string, string | null>()
    for (const row of rows) {
      if (!updatable.has(row.table)) updatable.set(row.table, await updatableColumn(row.table, userId ? 'authenticated' : 'anon'))
      const outcome = await attack(row.table, row.key, row.value, userId, await copyOf(row.table, row.key, row.value), updatable.get(row.table) ?? null)
      cells.add(`${row.table} × ${row.dimension}`)
      const where = `${role} × ${row.table} × ${row.dimension} (${row.scope}${row.person ? ` ${row.person}` : ''})`
      if (outcome.read !== 0) leaks.push(`${where}: read ${outcome.read} row`)
      if (outcome.updated !== 'refused' && outcome.updated !== 0) leaks.push(`${where}: updated ${String(outcome.updated)}`)
      if (outcome.deleted !== 'refused' && outcome.deleted !== 0) leaks.push(`${where}: deleted ${String(outcome.deleted)}`)
      if (outcome.insert !== 'refused') leaks.push(`${where}: insert ${outcome.insert}`)
    }
    expect(leaks).toEqual([])
    // Every table appears for every role, with each dimension its rows have.
    const tablesSeen = new Set([...cells].map((cell) => cell.split(' × ')[0]))
    expect(Object.keys(TABLES).filter((table) => !tablesSeen.has(table))).toEqual([])
    if (role !== 'organiser' && role !== 'anonymous') {
      for (const dimension of [role === 'district_admin' ? 'another district' : 'another unit', 'another campaign', 'another volunteer']) {
        expect([...cells].some((cell) => cell.endsWith(dimension))).toBe(true)
      }
    }
    console.log(`isolation ${role}: ${rows.length} rows × 4 statements, ${cells.size} table × dimension cells`)
  })

  it('is not vacuous: the same statements find each row (1 read) where row-level security is bypassed', async () => {
    // As service_role (BYPASSRLS) every world row is found by its key: a 0 above is RLS, not a WHERE that matches nothing.
    const misses: string[] = []
    await sql.begin(async (tx) => {
      await tx`set local role service_role`
      for (const row of world.rows) {
        const found = await tx.unsafe(`select 1 from public.${row.table} where ${row.key}::text = $1`, [row.value])
        if (found.length !== 1) misses.push(`${row.table} ${row.key}=${row.value}: ${found.length}`)
      }
    })
    expect(misses).toEqual([])
  })

  it('is not vacuous: each role does read its own rows through the same statements', async () => {
    const own: Array<[TRoleName, string, string, string]> = [
      ['volunteer', 'registrations', 'id', world.s1.registrationId],
      ['volunteer', 'notification_outbox', 'id', world.s1.notificationId],
      ['unit_contact', 'activities', 'id', world.s1.draftId],
      ['unit_contact', 'reports', 'id', world.s1.reportId],
      ['unit_contact', 'registrations', 'id', world.s1.registrationId],
      ['district_admin', 'reports', 'id', world.s1.reportId],
      ['district_admin', 'showcase_applications', 'id', world.s1.showcaseId],
      ['organiser', 'reports', 'id', world.s2.reportId],
      ['organiser', 'invite_codes', 'code', world.s2.inviteCode],
      ['organiser', 'registrations', 'id', world.s2.registrationId],
    ]
    for (const [role, table, key, value] of own) {
      const [row] = await asUser(sql, userOf(role), (tx) => tx.unsafe(`select count(*)::int as n from public.${table} where ${key}::text = $1`, [value]))
      expect(`${role} ${table}: ${String(row?.n)}`).toBe(`${role} ${table}: 1`)
    }
  })
})

/** The scopes whose rows `role` may not touch through the API, with the dimension they stand for. */
function foreignScopes(role: TRoleName, target: TTarget): Array<{ scope: TScope; dimension: TDimension }> {
  const scopes: Array<{ scope: TScope; dimension: TDimension }> = []
  if (role === 'anonymous') return [world.s1, world.s2, world.s3].map((scope) => ({ scope, dimension: 'not signed in' as const }))
  scopes.push({ scope: world.s3, dimension: 'another campaign' })
  // Scope 2 shares campaign 1 with scope 1: only what names a unit's own rows is foreign there.
  if (role !== 'organiser' && target !== 'campaign') {
    scopes.push({ scope: world.s2, dimension: target === 'registration' ? 'another volunteer' : role === 'district_admin' ? 'another district' : 'another unit' })
  }
  return scopes
}

/** Everything of the scope that must not come back to a caller it is foreign to. */
function secretsOf(scope: TScope): string[] {
  return [scope.secret, scope.draftId, scope.reportId, scope.showcaseId, scope.registrationId, scope.photoId]
}

describe('isolation through the API', () => {
  const operations = listApiOperations().filter((operation) => {
    const spec = OPERATION_SPECS[operation.key]
    return spec && spec.target !== 'none' && spec.target !== 'public_activity'
  })

  it.each(ROLES)('%s: every operation naming another’s row answers 401/403/404 with nothing of theirs, and changes nothing', async (role) => {
    const userId = userOf(role)
    const token = userId ? tokenFor(userId) : undefined
    const before = await fingerprint()
    const failures: string[] = []
    let cases = 0
    for (const operation of operations) {
      const spec = OPERATION_SPECS[operation.key]!
      for (const { scope, dimension } of foreignScopes(role, spec.target)) {
        cases += 1
        const reply = await call(operation, scope, token)
        const where = `${role} × ${operation.key} × ${dimension} (${scope.name})`
        // Anonymous callers get 401 where a session is required, 404 where the page is public (a published campaign).
        const allowed = role === 'anonymous' ? [401, 404] : [403, 404]
        if (!allowed.includes(reply.status)) failures.push(`${where}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`)
        else if (!ZApiError.safeParse(reply.body).success) failures.push(`${where}: not an error body`)
        const text = JSON.stringify(reply.body)
        const leaked = secretsOf(scope).find((secret) => text.includes(secret))
        if (leaked) failures.push(`${where}: answer contains ${leaked}`)
      }
    }
    expect(failures).toEqual([])
    expect(await fingerprint()).toEqual(before)
    console.log(`isolation API ${role}: ${cases} operation × other's-row cases`)
  })

  it.each(ROLES)('%s: no list or page of its own shows another’s private rows', async (role) => {
    const userId = userOf(role)
    const token = userId ? tokenFor(userId) : undefined
    const foreign = {
      volunteer: [world.s1.secret, world.s2.secret, world.s3.secret, world.personSecrets.V2, '李秘乙'],
      unit_contact: [world.s2.secret, world.s3.secret, world.personSecrets.V1, world.personSecrets.V2, '李秘乙'],
      district_admin: [world.s2.secret, world.s3.secret, world.personSecrets.V1, world.personSecrets.V2, '李秘乙'],
      organiser: [world.s3.secret, world.personSecrets.V1, world.personSecrets.V2],
      anonymous: [world.s1.secret, world.s2.secret, world.s3.secret, world.personSecrets.V1, world.personSecrets.V2, '李秘乙', '张秘甲'],
    }[role].concat('赵秘丙')
    const failures: string[] = []
    for (const operation of listApiOperations().filter((op) => op.method === 'GET' && OPERATION_SPECS[op.key]?.role !== 'cron')) {
      const reply = await call(operation, world.s1, token)
      const text = JSON.stringify(reply.body)
      const leaked = foreign.find((secret) => text.includes(secret))
      if (leaked) failures.push(`${role} × ${operation.key}: ${reply.status} shows ${leaked}`)
    }
    expect(failures).toEqual([])
  })
})

async function call(operation: TOperation, scope: TScope, token: string | undefined): Promise<{ status: number; body: any }> {
  const spec = OPERATION_SPECS[operation.key]!
  const params = spec.params?.(scope) ?? {}
  const path = operation.pattern.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''))
  const query = spec.query?.(scope, world)
  const search = query ? `?${new URLSearchParams(query).toString()}` : ''
  const method = operation.method === 'ANY' ? 'GET' : operation.method
  const body = method === 'GET' || method === 'DELETE' ? undefined : (spec.body?.(scope, world) ?? {})
  return api(`${path}${search}`, { method, token, body })
}

/** A digest of every world row, as the owner sees it: an attack that changed one shows here. */
async function fingerprint(): Promise<Record<string, string>> {
  const digest: Record<string, string> = {}
  const byTable = new Map<string, TRow[]>()
  for (const row of world.rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row])
  for (const [table, rows] of byTable) {
    const key = rows[0]!.key
    const [row] = await sql.unsafe<{ md5: string | null }[]>(
      `select md5(string_agg(row_to_json(t)::text, '|' order by ${key}::text)) as md5 from public.${table} t where ${key}::text = any($1::text[])`,
      [rows.map((r) => r.value)],
    )
    digest[table] = row?.md5 ?? 'none'
  }
  // updated_at / read_at style columns would show a write too: they are part of row_to_json.
  return digest
}
