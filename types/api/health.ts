import { z } from 'zod'

/** One dependency's state in GET /api/health: answered or not, and how long asking took. */
export const ZHealthCheck = z.object({
  status: z.enum(['ok', 'failed']),
  ms: z.number(),
  /** Why it failed (no secrets: the error's kind, not its connection string). */
  error: z.string().optional(),
})

/** GET /api/health — 200 when every dependency answers, 503 (same body) when one does not. */
export const ZHealthResponse = z.object({
  ok: z.boolean(),
  time: z.string(),
  database: ZHealthCheck,
  storage: ZHealthCheck.extend({ kind: z.enum(['supabase', 'local']) }),
})
export type THealthResponse = z.infer<typeof ZHealthResponse>
