import { z } from 'zod'

/** Every error response of the API. `code` is for clients, `message` is Chinese for people. */
export const ZApiError = z.object({
  code: z.string(),
  message: z.string(),
  /** Which fields were wrong, when the input failed validation. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type TApiError = z.infer<typeof ZApiError>

export const ZUuid = z.string().uuid()

/** ISO-8601 timestamp with offset, as the API sends them (Asia/Shanghai, +08:00). */
export const ZTimestamp = z.string().datetime({ offset: true })
/** Calendar date YYYY-MM-DD. */
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, '不是有效的日期')

/** Where anything a unit hands in stands: 草稿, 已提交, 已退回 (by the organiser, with a reason), accepted. */
export const ZSubmissionStatus = z.enum(['draft', 'submitted', 'returned', 'accepted'])
export type TSubmissionStatus = z.infer<typeof ZSubmissionStatus>

/** Answer of every export: a short-lived link to the file (open with src/shared/open-download.ts). */
export const ZExportResponse = z.object({ url: z.string(), fileName: z.string(), expiresInSeconds: z.number().int() })
export type TExportResponse = z.infer<typeof ZExportResponse>
