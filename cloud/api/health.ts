import { withUserTx } from '../lib/db/transaction'
import { defineHandler } from '../lib/http/define-handler'

/** Liveness plus a round trip to Postgres. */
export default defineHandler({
  GET: async () => {
    const [row] = await withUserTx(null, (tx) => tx<{ now: Date }[]>`select now()`)
    return { ok: true, databaseTime: row?.now.toISOString() ?? null }
  },
})
