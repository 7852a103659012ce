/**
 * The one error type of the API. Each code has an HTTP status and a Chinese message for people;
 * `code` is what clients branch on. Handlers throw AppError; `send-error.ts` serialises it.
 */
export const ERROR_CODES = {
  bad_request: { status: 400, message: '请求格式不正确' },
  invalid_json: { status: 400, message: '请求内容不是有效的 JSON' },
  validation_failed: { status: 400, message: '提交的信息有误，请检查后重试' },
  unauthenticated: { status: 401, message: '请先登录' },
  session_expired: { status: 401, message: '登录已过期，请重新登录' },
  forbidden: { status: 403, message: '没有权限进行此操作' },
  not_found: { status: 404, message: '内容不存在或已删除' },
  route_not_found: { status: 404, message: '接口不存在' },
  campaign_not_found: { status: 404, message: '活动月不存在' },
  activity_not_found: { status: 404, message: '活动不存在或已下线' },
  demo_login_disabled: { status: 403, message: '当前环境不提供演示登录' },
  wechat_login_unavailable: { status: 503, message: '微信登录暂未配置，请联系管理员' },
  wechat_login_failed: { status: 502, message: '微信登录失败，请稍后重试' },
  invite_invalid: { status: 400, message: '邀请码无效' },
  invite_expired: { status: 400, message: '邀请码已过期' },
  invite_used_up: { status: 400, message: '邀请码使用次数已满' },
  already_member: { status: 409, message: '你已加入该单位或活动月' },
  method_not_allowed: { status: 405, message: '不支持该请求方式' },
  payload_too_large: { status: 413, message: '提交的内容太大' },
  unsupported_media_type: { status: 415, message: '请求内容类型不支持' },
  conflict: { status: 409, message: '操作冲突，请刷新后重试' },
  service_unavailable: { status: 503, message: '服务暂时不可用，请稍后重试' },
  internal: { status: 500, message: '服务器开小差了，请稍后重试' },
} as const satisfies Record<string, { status: number; message: string }>

export type TErrorCode = keyof typeof ERROR_CODES

export type TFieldIssue = { path: string; message: string }

export class AppError extends Error {
  readonly code: TErrorCode
  readonly status: number
  readonly userMessage: string
  readonly issues?: TFieldIssue[]

  constructor(code: TErrorCode, options: { userMessage?: string; cause?: unknown; issues?: TFieldIssue[]; detail?: string } = {}) {
    super(options.detail ?? code, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.status = ERROR_CODES[code].status
    this.userMessage = options.userMessage ?? ERROR_CODES[code].message
    this.issues = options.issues
  }
}
