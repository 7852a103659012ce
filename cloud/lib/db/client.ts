import postgres from 'postgres'
import { requireEnv } from '../config/env'

export type TSql = postgres.Sql
export type TTx = postgres.TransactionSql

let sql: TSql | undefined

/**
 * One connection pool per process. On Supabase, DATABASE_URL is the transaction pooler (port 6543),
 * which cannot keep prepared statements between transactions: `prepare: false` there.
 */
export function getSql(): TSql {
  if (sql) return sql
  const { DATABASE_URL, DB_POOL_MAX } = requireEnv()
  if (!DATABASE_URL) throw new Error('DATABASE_URL is not set (the local server sets it for embedded Postgres)')
  const port = new URL(DATABASE_URL).port
  sql = postgres(DATABASE_URL, {
    prepare: port !== '6543',
    max: DB_POOL_MAX,
    idle_timeout: 20,
    connect_timeout: 10,
    onnotice: () => undefined,
  })
  return sql
}

export async function closeSql(): Promise<void> {
  const current = sql
  sql = undefined
  await current?.end({ timeout: 5 })
}
