import type { z } from 'zod'
import { zhErrorMap } from '../../../types/zod-locale'
import { AppError } from '../errors/app-error'
import { findNulByte } from './find-nul-byte'

/** The 400 for a NUL byte anywhere in the input, naming the field it sits in. */
export function refuseNulByte(input: unknown): void {
  const path = findNulByte(input)
  if (path === null) return
  const message = '不能包含空字符（不可见的控制字符），请删除后重试'
  throw new AppError('validation_failed', { userMessage: `提交的信息有误：${path === '(body)' ? '' : `${path} `}${message}`, issues: [{ path, message }] })
}

/** Parses request input with its zod schema; failures become a 400 listing each wrong field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  // Every string, centrally: Postgres cannot store U+0000 in text, whichever schema lets it through.
  refuseNulByte(input)
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
