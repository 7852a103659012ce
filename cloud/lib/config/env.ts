import { z } from 'zod'

/**
 * The server's environment, validated once. Production (Supabase + Vercel + WeChat) is reached by
 * these variables alone; without them the local embedded default runs. Nothing here reaches the
 * mini-program bundle: only TARO_APP_* variables do, and no secret has that prefix.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()

export const ZServerEnv = z
  .object({
    /** `production` on Vercel; the demo login refuses to run there. */
    APP_ENV: z.enum(['local', 'test', 'production']).default('local'),
    VERCEL_ENV: optionalString,
    /** Postgres. On Supabase: the transaction pooler URL (port 6543). Unset locally: embedded Postgres. */
    DATABASE_URL: optionalString,
    SUPABASE_URL: optionalString,
    SUPABASE_SERVICE_ROLE_KEY: optionalString,
    SUPABASE_STORAGE_BUCKET: z.string().default('photos'),
    WECHAT_APPID: optionalString,
    WECHAT_SECRET: optionalString,
    /** WeChat subscription-message templates (keywords thing1 活动名称, time2 活动时间, thing3 活动地点). */
    WECHAT_TEMPLATE_ACTIVITY_TOMORROW: optionalString,
    WECHAT_TEMPLATE_WAITLIST_PROMOTED: optionalString,
    /** Two hours before the start (same keywords); a one-time consent covers one message, so it has its own. Falls back to ACTIVITY_TOMORROW's. */
    WECHAT_TEMPLATE_ACTIVITY_SOON: optionalString,
    /** Subscription templates for an activity's change/withdrawal and for a unit's deadline reminders. */
    WECHAT_TEMPLATE_ACTIVITY_CHANGED: optionalString,
    WECHAT_TEMPLATE_DEADLINE: optionalString,
    /** Vercel Cron sends `Authorization: Bearer <CRON_SECRET>` to /api/cron/tick. */
    CRON_SECRET: optionalString,
    /** Signs our own session tokens (HS256). At least 32 characters in production. */
    SESSION_SECRET: optionalString,
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24 * 7),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Set to 1 by Vercel itself: the client's address is then the first hop of x-forwarded-for (rate limits). */
    VERCEL: optionalString,
    /** `off` silences the one-JSON-line-per-request log on stdout (cloud/lib/http/request-log.ts). */
    REQUEST_LOG: z.enum(['on', 'off']).default('on'),
    /** Local server only: how often it runs the scheduled jobs (0 = never; tests call /api/cron/tick). */
    LOCAL_JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
    /** Local server only. */
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: optionalString,
    /** Where the local server is reached (signed local-storage URLs point here). */
    PUBLIC_URL: optionalString,
  })
  .superRefine((env, ctx) => {
    const production = env.APP_ENV === 'production' || env.VERCEL_ENV === 'production'
    if (!production) return
    const required = ['DATABASE_URL', 'SUPABASE_URL', 'SUPABASE_SERVICE_ROLE_KEY', 'WECHAT_APPID', 'WECHAT_SECRET'] as const
    for (const key of required) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required in production` })
    }
    if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'SESSION_SECRET of 32+ characters is required in production' })
    }
  })

export type TServerEnv = z.infer<typeof ZServerEnv>

let cached: TServerEnv | undefined

/** Reads and validates process.env once; fails loudly with every problem listed. */
export function requireEnv(): TServerEnv {
  if (cached) return cached
  const parsed = ZServerEnv.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${problems.join('\n')}`)
  }
  cached = parsed.data
  return cached
}

/** For tests and the local server, which set variables before the first request. */
export function resetEnvCache(): void {
  cached = undefined
}

export function isProduction(env: TServerEnv = requireEnv()): boolean {
  return env.APP_ENV === 'production' || env.VERCEL_ENV === 'production'
}

export function hasWechatCredentials(env: TServerEnv = requireEnv()): boolean {
  return Boolean(env.WECHAT_APPID && env.WECHAT_SECRET)
}
