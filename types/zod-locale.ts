import { z } from 'zod'

/** Zod's own English defaults; anything else in ctx.defaultError is a schema's own (Chinese) message. */
const ZOD_DEFAULT = /^(Required|Expected |Invalid enum value)/

/**
 * Chinese messages for zod's built-in checks, used wherever a person sees a validation error.
 * A message the schema sets itself (required_error, an enum's errorMap) names the field and wins.
 */
export const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  if ((issue.code === z.ZodIssueCode.invalid_type || issue.code === z.ZodIssueCode.invalid_enum_value) && !ZOD_DEFAULT.test(ctx.defaultError)) {
    return { message: ctx.defaultError }
  }
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: '必填' }
      return { message: `类型不正确（应为 ${issue.expected}）` }
    case z.ZodIssueCode.invalid_string:
      if (issue.validation === 'uuid') return { message: '编号格式不正确' }
      if (issue.validation === 'datetime') return { message: '时间格式不正确' }
      if (issue.validation === 'regex') return { message: '格式不正确' }
      return { message: '格式不正确' }
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `取值应为：${issue.options.join('、')}` }
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string') return { message: `至少 ${String(issue.minimum)} 个字` }
      return { message: `不能小于 ${String(issue.minimum)}` }
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `最多 ${String(issue.maximum)} 个字` }
      return { message: `不能大于 ${String(issue.maximum)}` }
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `不认识的字段：${issue.keys.join('、')}` }
    default:
      return { message: ctx.defaultError === 'Invalid input' ? '输入不正确' : ctx.defaultError }
  }
}
