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
  invite_revoked: { status: 400, message: '邀请码已被组织方撤销，请向组织方索取新的邀请码' },
  already_member: { status: 409, message: '你已加入该单位或活动月' },
  profile_required: { status: 409, message: '首次报名请先填写真实姓名和手机号，并同意隐私说明' },
  activity_cancelled: { status: 409, message: '该活动已取消' },
  activity_ended: { status: 409, message: '活动已结束' },
  signup_closed: { status: 409, message: '报名已截止' },
  time_overlap: { status: 409, message: '与你已报名的其他活动时间冲突' },
  registration_not_found: { status: 404, message: '报名记录不存在' },
  cancel_closed: { status: 409, message: '已过取消报名的截止时间，如有特殊情况请联系活动联系人' },
  checkin_token_invalid: { status: 400, message: '这不是本平台的签到码，请扫描活动现场的签到码' },
  checkin_token_expired: { status: 400, message: '签到码已过期，请让联系人刷新后重新扫码' },
  checkin_wrong_activity: { status: 400, message: '这是其他活动的签到码，请扫描本活动的签到码' },
  not_registered: { status: 403, message: '你没有报名该活动，无法签到' },
  not_confirmed: { status: 409, message: '你还在候补名单中，转为正式报名后才能签到' },
  checkin_not_open: { status: 409, message: '签到尚未开始（活动开始前 1 小时开放）' },
  checkin_closed: { status: 409, message: '签到已结束' },
  location_required: { status: 400, message: '该活动需要在现场签到，请允许获取位置后重试' },
  outside_geofence: { status: 403, message: '你不在活动地点附近，请到现场后再签到' },
  cron_forbidden: { status: 401, message: '无权调用定时任务' },
  phone_unavailable: { status: 502, message: '获取微信手机号失败，请手动填写' },
  method_not_allowed: { status: 405, message: '不支持该请求方式' },
  payload_too_large: { status: 413, message: '提交的内容太大' },
  unsupported_media_type: { status: 415, message: '请求内容类型不支持' },
  conflict: { status: 409, message: '操作冲突，请刷新后重试' },
  unsupported_file_type: { status: 415, message: '文件类型不支持' },
  file_too_small: { status: 400, message: '文件太小，请上传原图' },
  upload_not_found: { status: 404, message: '没有找到上传的文件，请重新上传' },
  unit_not_found: { status: 404, message: '单位不存在' },
  deadline_passed: { status: 409, message: '已过报送截止时间' },
  already_submitted: { status: 409, message: '已提交，如需修改请先撤回' },
  not_submitted: { status: 409, message: '尚未提交' },
  submission_incomplete: { status: 409, message: '还有未填写完整的内容，请补全后再提交' },
  workbook_invalid: { status: 400, message: '无法读取该 Excel 文件，请上传 .xlsx 格式的活动安排表' },
  import_not_found: { status: 404, message: '导入记录不存在或已过期，请重新上传文件' },
  import_has_errors: { status: 409, message: '表格中还有错误，请修改后重新上传，或选择只导入正确的行' },
  activity_not_editable: { status: 409, message: '该活动已撤回或已结束，不能再修改' },
  photo_too_early: { status: 409, message: '活动还没有开始，不能上传活动照片' },
  checkin_code_wrong: { status: 400, message: '签到码不正确，请核对联系人手机上显示的 6 位数字' },
  too_many_attempts: { status: 429, message: '尝试次数过多，请稍后再试' },
  too_many_requests: { status: 429, message: '操作太频繁，请稍后再试' },
  checkin_in_future: { status: 400, message: '签到、签退时间不能晚于现在' },
  checkin_scan_too_old: { status: 409, message: '这次扫码已超过 48 小时未同步，无法再计入，请联系活动联系人修正' },
  checkin_outside_activity: { status: 400, message: '签到、签退时间必须在活动当天（活动时间前后）' },
  activity_not_started: { status: 409, message: '活动还没有开始，开始后才能签退或记录服务时长' },
  upload_already_used: { status: 409, message: '这个上传链接已经用过了，请重新选择文件上传' },
  upload_replaced: { status: 409, message: '存储中的文件与检查时的不一致，请重新上传这张照片' },
  request_too_large: { status: 431, message: '请求太长，请缩短搜索词或筛选条件后重试' },
  session_revoked: { status: 401, message: '你已在所有设备上退出登录，请重新登录' },
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
  /** Sent as Retry-After (429 rate limits, 503 while the database or storage is away). */
  readonly retryAfterSeconds?: number

  constructor(code: TErrorCode, options: { userMessage?: string; cause?: unknown; issues?: TFieldIssue[]; detail?: string; retryAfterSeconds?: number } = {}) {
    super(options.detail ?? code, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.status = ERROR_CODES[code].status
    this.userMessage = options.userMessage ?? ERROR_CODES[code].message
    this.issues = options.issues
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}
