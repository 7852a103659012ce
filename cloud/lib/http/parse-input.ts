import type { z } from 'zod'
import { zhErrorMap } from '../../../types/zod-locale'
import { AppError } from '../errors/app-error'

/** Parses request input with its zod schema; failures become a 400 listing each wrong field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { errorMap: zhErrorMap })
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(body)',
    message: issue.message,
  }))
  const first = issues[0]
  throw new AppError('validation_failed', {
    userMessage: first ? `提交的信息有误：${first.path === '(body)' ? '' : `${first.path} `}${first.message}` : undefined,
    issues,
  })
}
