import { readFileSync } from 'node:fs'
import path from 'node:path'
import { API_DIR, listApiRoutes } from '../../cloud/server/routes'
import { ACCOUNT_DELETION_PHRASE } from '../../types/api/privacy'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import type { TScope, TWorld } from './api-world'

/**
 * Every API operation (method × route), read off the files in cloud/api — never typed by hand — and
 * what the fuzz and isolation tests need to call each one as the right person: the role, a valid
 * example body or query (the fuzz mutates it), the path parameters for a scope of the world, and
 * which of that scope's rows the path names (for the isolation matrix). A new endpoint without an
 * entry here fails tests/fuzz/catalogue.test.ts, naming it.
 */
export type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type TOperation = { key: string; method: TMethod | 'ANY'; pattern: string; file: string; params: string[] }

export function listApiOperations(dir: string = API_DIR): TOperation[] {
  const operations: TOperation[] = []
  for (const route of listApiRoutes(dir)) {
    const source = readFileSync(path.join(dir, route.file), 'utf8')
    const handlerBlock = /defineHandler\(\{([\s\S]*)\}\)/.exec(source)?.[1] ?? ''
    const methods = [...handlerBlock.matchAll(/^\s{2}(GET|POST|PUT|PATCH|DELETE):/gm)].map((m) => m[1] as TMethod)
    // A file without defineHandler (the JSON 404) answers every method alike.
    for (const method of methods.length > 0 ? methods : (['ANY'] as const)) {
      operations.push({ key: `${method} ${route.pattern}`, method, pattern: route.pattern, file: route.file, params: route.params })
    }
  }
  return operations.sort((a, b) => a.key.localeCompare(b.key))
}

export type TRole = 'anyone' | 'volunteer' | 'unit_contact' | 'district_admin' | 'organiser' | 'fresh_user' | 'cron'

/**
 * What the path (or the body's id) names, for the isolation matrix: the role must get 401/403/404
 * when it names another unit's, district's, campaign's or volunteer's row. `none`: nothing of a
 * scope is named (lists, the caller's own /me data, sign-in). `campaign`: the campaign itself —
 * tried with another campaign only, since a unit contact or district admin is a member of their own.
 */
export type TTarget = 'none' | 'campaign' | 'unit' | 'activity' | 'registration' | 'photo' | 'showcase' | 'report' | 'arrangement_import' | 'public_activity'

export type TOperationSpec = {
  role: TRole
  target: TTarget
  params?: (s: TScope) => Record<string, string>
  body?: (s: TScope, w: TWorld) => unknown
  query?: (s: TScope, w: TWorld) => Record<string, string>
  /** 5xx codes that are a configuration answer, not a failure (WeChat is not configured in tests). */
  configurationCodes?: string[]
}

const id = (s: TScope) => ({ id: s.campaignId })
const unit = (s: TScope) => ({ id: s.unitId })
const activityInput = {
  title: '社区助老服务',
  description: '陪伴老人',
  startsAt: '2025-03-06T09:00:00+08:00',
  endsAt: '2025-03-06T11:00:00+08:00',
  locationName: '社区中心',
  contactName: '王老师',
  contactPhone: '13800001234',
  category: 'care',
}
const showcaseForm = {
  organisationName: '测试单位',
  projectName: '助老项目',
  summary: '简介',
  displayContents: [{ item: '展板', description: '三块展板' }],
  standardNeeds: true,
  extraNeeds: [],
  contactName: '王老师',
  contactUnitTitle: '办公室主任',
  contactPhone: '13800001234',
  remark: '',
}

export const OPERATION_SPECS: Record<string, TOperationSpec> = {
  'ANY /api/not-found': { role: 'anyone', target: 'none' },
  'GET /api/health': { role: 'anyone', target: 'none' },
  'GET /api/app-config': { role: 'anyone', target: 'none' },
  'GET /api/cron/tick': { role: 'cron', target: 'none' },
  'GET /api/auth/demo-accounts': { role: 'anyone', target: 'none' },
  'POST /api/auth/demo-login': { role: 'anyone', target: 'none', body: (_s, w) => ({ userId: w.users.V2 }) },
  'POST /api/auth/wechat': { role: 'anyone', target: 'none', body: () => ({ code: 'wx-code-1' }), configurationCodes: ['wechat_login_unavailable'] },
  'POST /api/auth/join': { role: 'volunteer', target: 'none', body: () => ({ inviteCode: 'NOSUCH01' }) },
  'POST /api/auth/sign-out-everywhere': { role: 'fresh_user', target: 'none', body: () => ({}) },

  'GET /api/me': { role: 'volunteer', target: 'none' },
  'GET /api/me/hours': { role: 'volunteer', target: 'none' },
  'GET /api/me/notifications': { role: 'volunteer', target: 'none' },
  'GET /api/me/notifications/unread': { role: 'volunteer', target: 'none' },
  'POST /api/me/notifications/read': { role: 'volunteer', target: 'none', body: (s) => ({ ids: [s.notificationId] }) },
  'POST /api/me/phone': {
    role: 'volunteer',
    target: 'none',
    body: () => ({ code: 'wx-phone', realName: '张三', consent: true, policyVersion: PRIVACY_POLICY_VERSION }),
    configurationCodes: ['wechat_login_unavailable', 'phone_unavailable'],
  },
  'GET /api/me/privacy': { role: 'volunteer', target: 'none' },
  'POST /api/me/privacy/consents': { role: 'volunteer', target: 'none', body: () => ({ purpose: 'hours_report', action: 'grant' }) },
  'POST /api/me/privacy/delete-account': { role: 'fresh_user', target: 'none', body: () => ({ confirmation: ACCOUNT_DELETION_PHRASE, acknowledgeSoleMemberships: true }) },
  'POST /api/me/privacy/export': { role: 'volunteer', target: 'none', body: () => ({}) },
  'PUT /api/me/profile': { role: 'volunteer', target: 'none', body: () => ({ realName: '张三', phone: '13900000001', consent: true, policyVersion: PRIVACY_POLICY_VERSION }) },
  'GET /api/me/registrations': { role: 'volunteer', target: 'none', query: () => ({ tab: 'past' }) },
  'GET /api/me/units': { role: 'unit_contact', target: 'none' },

  'GET /api/activities': { role: 'volunteer', target: 'none', query: (s) => ({ campaignId: s.campaignId, from: '2025-03-01', to: '2025-03-31', q: '活动', limit: '5' }) },
  'GET /api/activities/day-counts': { role: 'volunteer', target: 'none', query: (s) => ({ campaignId: s.campaignId, category: 'care' }) },
  'GET /api/activities/:id': { role: 'volunteer', target: 'public_activity', params: (s) => ({ id: s.activityId }) },
  'GET /api/activities/:id/checkin-key': { role: 'unit_contact', target: 'activity', params: (s) => ({ id: s.activityId }) },
  'GET /api/activities/:id/edit': { role: 'unit_contact', target: 'activity', params: (s) => ({ id: s.draftId }) },
  'GET /api/activities/:id/roster': { role: 'unit_contact', target: 'activity', params: (s) => ({ id: s.activityId }) },
  'PATCH /api/activities/:id/manage': { role: 'unit_contact', target: 'activity', params: (s) => ({ id: s.draftId }), body: () => ({ activity: activityInput, publish: false }) },
  'POST /api/activities/:id/withdraw': { role: 'unit_contact', target: 'activity', params: (s) => ({ id: s.spare.activityId }), body: () => ({ reason: '场地临时关闭' }) },

  'POST /api/registrations': { role: 'volunteer', target: 'public_activity', body: (s) => ({ activityId: s.activityId }) },
  'POST /api/registrations/:id/cancel': { role: 'volunteer', target: 'registration', params: (s) => ({ id: s.registrationId }), body: () => ({}) },
  'PATCH /api/registrations/:id/checkin': {
    role: 'unit_contact',
    target: 'registration',
    params: (s) => ({ id: s.registrationId }),
    body: () => ({ checkedInAt: '2025-03-05T09:00:00+08:00', checkedOutAt: '2025-03-05T10:30:00+08:00', note: '补录签退' }),
  },
  'POST /api/checkins': { role: 'volunteer', target: 'public_activity', body: (s) => ({ activityId: s.activityId, code: '123456', scanId: '5f0c3a52-5b0e-4a8e-9a51-1a2b3c4d5e6f' }) },

  'GET /api/photos': { role: 'unit_contact', target: 'activity', query: (s) => ({ activityId: s.activityId }) },
  'POST /api/photos': { role: 'unit_contact', target: 'activity', body: (s) => ({ activityId: s.activityId, path: `${s.campaignId}/${s.unitId}/missing.jpg` }) },
  'POST /api/photos/upload-url': { role: 'unit_contact', target: 'activity', body: (s) => ({ activityId: s.activityId, contentType: 'image/jpeg', byteSize: 1000 }) },
  'GET /api/photos/:id': { role: 'unit_contact', target: 'photo', params: (s) => ({ id: s.photoId }) },
  'DELETE /api/photos/:id': { role: 'unit_contact', target: 'photo', params: (s) => ({ id: s.spare.photoId }) },
  'POST /api/uploads': { role: 'unit_contact', target: 'unit', body: (s) => ({ unitId: s.unitId, purpose: 'report_picture', contentType: 'image/jpeg', byteSize: 1000 }) },

  'GET /api/campaigns': { role: 'anyone', target: 'none' },
  'POST /api/campaigns': {
    role: 'organiser',
    target: 'none',
    body: () => ({ title: '模糊测试活动月', issuer: '测试文明办', city: '测试市', year: 2031, period: { kind: 'month', month: '2031-03' } }),
  },
  'GET /api/campaigns/:id': { role: 'organiser', target: 'campaign', params: id },
  'GET /api/campaigns/:id/console': { role: 'organiser', target: 'campaign', params: id },
  'GET /api/campaigns/:id/dashboard': { role: 'organiser', target: 'campaign', params: id, query: (s) => ({ districtId: s.districtId }) },
  'GET /api/campaigns/:id/exports': { role: 'organiser', target: 'campaign', params: id },
  'POST /api/campaigns/:id/exports/arrangement': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ districtId: s.districtId, submittedOnly: true }) },
  'POST /api/campaigns/:id/exports/district-figures': { role: 'organiser', target: 'campaign', params: id, body: () => ({ period: { kind: 'month', month: '2025-03' } }) },
  'POST /api/campaigns/:id/exports/showcase': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ districtId: s.districtId }) },
  'POST /api/campaigns/:id/exports/showcase-pictures': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ districtId: s.districtId }) },
  'POST /api/campaigns/:id/exports/volunteer-hours': { role: 'organiser', target: 'campaign', params: id, body: () => ({ period: { kind: 'campaign' } }) },
  'POST /api/campaigns/:id/exports/weekly-stats': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ period: { kind: 'deadline', deadlineId: s.deadlines.weekly } }) },
  'GET /api/campaigns/:id/invites': { role: 'organiser', target: 'campaign', params: id },
  'POST /api/campaigns/:id/invites': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ target: 'unit', unitId: s.unitId, maxUses: 2, days: 7, note: '模糊测试' }) },
  'GET /api/campaigns/:id/invites/poster': { role: 'organiser', target: 'campaign', params: id, query: (s) => ({ unitId: s.unitId }) },
  'POST /api/campaigns/:id/invites/revoke': { role: 'organiser', target: 'campaign', params: id, body: () => ({ code: 'NOSUCH01' }) },
  'GET /api/campaigns/:id/photo-review': { role: 'organiser', target: 'campaign', params: id, query: (s) => ({ state: 'all', review: 'all', unitId: s.unitId, limit: '10' }) },
  'POST /api/campaigns/:id/photo-review': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ photoIds: [s.photoId], decision: 'failed', reason: '人数不足' }) },
  'GET /api/campaigns/:id/setup': { role: 'organiser', target: 'campaign', params: id },
  'PUT /api/campaigns/:id/setup': {
    role: 'organiser',
    target: 'campaign',
    params: id,
    body: () => ({ title: '测试活动月', issuer: '测试文明办', city: '测试市', year: 2025, period: { kind: 'month', month: '2025-03' }, isPublished: false }),
  },
  'PUT /api/campaigns/:id/setup/contacts': { role: 'organiser', target: 'campaign', params: id, body: () => ({ contacts: [{ name: '王清', phone: '85802696', email: 'a@example.com' }] }) },
  'POST /api/campaigns/:id/setup/copy': { role: 'organiser', target: 'campaign', params: id, body: () => ({ year: 2099 }) },
  'POST /api/campaigns/:id/setup/deadlines': { role: 'organiser', target: 'campaign', params: id, body: () => ({ kind: 'other', title: '模糊截止', dueAt: '2025-03-28 18:00' }) },
  'PUT /api/campaigns/:id/setup/deadlines/:deadlineId': {
    role: 'organiser',
    target: 'campaign',
    params: (s) => ({ id: s.campaignId, deadlineId: s.spare.deadlineId }),
    body: () => ({ kind: 'other', title: '改过的截止', dueAt: '2025-03-29 18:00' }),
  },
  'DELETE /api/campaigns/:id/setup/deadlines/:deadlineId': { role: 'organiser', target: 'campaign', params: (s) => ({ id: s.campaignId, deadlineId: s.spare.deadlineId }) },
  'POST /api/campaigns/:id/setup/districts': { role: 'organiser', target: 'campaign', params: id, body: () => ({ name: '模糊县', kind: 'county' }) },
  'PUT /api/campaigns/:id/setup/districts/:districtId': {
    role: 'organiser',
    target: 'campaign',
    params: (s) => ({ id: s.campaignId, districtId: s.spare.districtId }),
    body: () => ({ name: '改名县', kind: 'function_area' }),
  },
  'DELETE /api/campaigns/:id/setup/districts/:districtId': { role: 'organiser', target: 'campaign', params: (s) => ({ id: s.campaignId, districtId: s.spare.districtId }) },
  'POST /api/campaigns/:id/setup/fridays': { role: 'organiser', target: 'campaign', params: id, body: () => ({ month: '2025-03', time: '17:30' }) },
  'PUT /api/campaigns/:id/setup/quotas': { role: 'organiser', target: 'campaign', params: id, body: () => ({ quotas: [{ subject: 'unit', metric: 'showcase_projects', minCount: 1 }] }) },
  'POST /api/campaigns/:id/setup/unit-imports': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ path: `${s.campaignId}/missing.xlsx`, fileName: '单位.xlsx' }) },
  'POST /api/campaigns/:id/setup/unit-imports/:importId': {
    role: 'organiser',
    target: 'campaign',
    params: (s) => ({ id: s.campaignId, importId: s.unitImportId }),
    body: () => ({ mode: 'valid_only' }),
  },
  'POST /api/campaigns/:id/setup/units': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ name: '模糊单位', kind: 'school', districtId: s.districtId }) },
  'PUT /api/campaigns/:id/setup/units/:unitId': {
    role: 'organiser',
    target: 'campaign',
    params: (s) => ({ id: s.campaignId, unitId: s.spare.unitId }),
    body: (s) => ({ name: '改名单位', kind: 'company', districtId: s.districtId }),
  },
  'DELETE /api/campaigns/:id/setup/units/:unitId': { role: 'organiser', target: 'campaign', params: (s) => ({ id: s.campaignId, unitId: s.spare.unitId }) },
  'GET /api/campaigns/:id/status': { role: 'district_admin', target: 'campaign', params: id, query: (s) => ({ districtId: s.districtId, state: 'submitted', q: '单位' }) },
  'GET /api/campaigns/:id/status/cell': { role: 'district_admin', target: 'campaign', params: id, query: (s) => ({ unitId: s.unitId, deadlineId: s.deadlines.weekly }) },
  'POST /api/campaigns/:id/status/accept': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ unitId: s.unitId, reportId: s.reportId }) },
  'POST /api/campaigns/:id/status/remind': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ deadlineId: s.deadlines.weekly, unitId: s.unitId }) },
  'POST /api/campaigns/:id/status/return': { role: 'organiser', target: 'campaign', params: id, body: (s) => ({ unitId: s.unitId, showcaseApplicationId: s.showcaseId, reason: '请补充图片' }) },

  'GET /api/arrangement-imports/:id': { role: 'unit_contact', target: 'arrangement_import', params: (s) => ({ id: s.arrangementImportId }) },
  'POST /api/arrangement-imports/:id/apply': { role: 'unit_contact', target: 'arrangement_import', params: (s) => ({ id: s.arrangementImportId }), body: () => ({ mode: 'valid_only', publish: false }) },

  'GET /api/units/:id/activities': { role: 'unit_contact', target: 'unit', params: unit },
  'POST /api/units/:id/activities': { role: 'unit_contact', target: 'unit', params: unit, body: () => ({ activity: activityInput, publish: false }) },
  'POST /api/units/:id/arrangement-export': { role: 'unit_contact', target: 'unit', params: unit, body: () => ({}) },
  'POST /api/units/:id/arrangement-imports': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ path: `${s.campaignId}/${s.unitId}/missing.xlsx`, fileName: '安排表.xlsx' }) },
  'POST /api/units/:id/arrangement-submission': { role: 'unit_contact', target: 'unit', params: unit, body: () => ({}) },
  'DELETE /api/units/:id/arrangement-submission': { role: 'unit_contact', target: 'unit', params: unit },
  'GET /api/units/:id/arrangement': { role: 'unit_contact', target: 'unit', params: unit },
  'GET /api/units/:id/home': { role: 'unit_contact', target: 'unit', params: unit },
  'POST /api/units/:id/photo-handin': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ photoIds: [s.photoId] }) },
  'DELETE /api/units/:id/photo-handin': { role: 'unit_contact', target: 'unit', params: unit },
  'GET /api/units/:id/photos': { role: 'unit_contact', target: 'unit', params: unit },
  'GET /api/units/:id/reports': { role: 'unit_contact', target: 'unit', params: unit, query: (s) => ({ deadlineId: s.deadlines.report }) },
  'PUT /api/units/:id/reports': {
    role: 'unit_contact',
    target: 'unit',
    params: unit,
    body: (s) => ({ deadlineId: s.deadlines.report, title: '三月报告', body: '正文', links: [{ url: 'https://example.com/a', label: '报道' }] }),
  },
  'POST /api/units/:id/showcase-export': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ applicationId: s.showcaseId }) },
  'POST /api/units/:id/showcase-pictures-export': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ applicationId: s.showcaseId }) },
  'GET /api/units/:id/showcase': { role: 'unit_contact', target: 'unit', params: unit },
  'POST /api/units/:id/showcase': { role: 'unit_contact', target: 'unit', params: unit, body: () => ({ form: { projectName: '新项目' } }) },
  'GET /api/units/:id/weekly-stats': { role: 'unit_contact', target: 'unit', params: unit, query: (s) => ({ deadlineId: s.deadlines.weekly }) },
  'PUT /api/units/:id/weekly-stats': {
    role: 'unit_contact',
    target: 'unit',
    params: unit,
    body: (s) => ({
      deadlineId: s.deadlines.weekly,
      body: '新闻稿',
      contactName: '王老师',
      contactPhone: '13800001234',
      rows: [{ activityId: s.activityId, served: [{ population: 'disabled', count: 3 }], fundsYuan: 100, media: { printReports: 1, webReports: 0, links: [], readCount: 10 } }],
    }),
  },
  'POST /api/units/:id/weekly-stats/export': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ deadlineId: s.deadlines.weekly }) },
  'POST /api/units/:id/weekly-stats/pictures': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ deadlineId: s.deadlines.weekly, path: `${s.campaignId}/${s.unitId}/missing.jpg` }) },
  'DELETE /api/units/:id/weekly-stats/pictures': { role: 'unit_contact', target: 'unit', params: unit, query: (s) => ({ deadlineId: s.deadlines.weekly, pictureId: s.statsPictureId }) },
  'POST /api/units/:id/weekly-stats/submit': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ deadlineId: s.deadlines.weekly }) },
  'POST /api/units/:id/weekly-stats/withdraw': { role: 'unit_contact', target: 'unit', params: unit, body: (s) => ({ deadlineId: s.deadlines.weekly }) },

  'GET /api/showcase/:id': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId }) },
  'PUT /api/showcase/:id': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId }), body: () => ({ form: showcaseForm }) },
  'DELETE /api/showcase/:id': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.spare.showcaseId }) },
  'POST /api/showcase/:id/pictures': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId }), body: (s) => ({ path: `${s.campaignId}/${s.unitId}/missing.jpg` }) },
  'PUT /api/showcase/:id/pictures': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId }), body: (s) => ({ pictureIds: [s.photoId] }) },
  'DELETE /api/showcase/:id/pictures/:pictureId': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId, pictureId: s.photoId }) },
  'POST /api/showcase/:id/submit': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId }), body: () => ({}) },
  'POST /api/showcase/:id/withdraw': { role: 'unit_contact', target: 'showcase', params: (s) => ({ id: s.showcaseId }), body: () => ({}) },

  'POST /api/reports/:id/pictures': { role: 'unit_contact', target: 'report', params: (s) => ({ id: s.reportId }), body: (s) => ({ path: `${s.campaignId}/${s.unitId}/missing.jpg`, caption: '现场' }) },
  'PATCH /api/reports/:id/pictures/:pictureId': { role: 'unit_contact', target: 'report', params: (s) => ({ id: s.reportId, pictureId: s.photoId }), body: () => ({ caption: '新说明' }) },
  'DELETE /api/reports/:id/pictures/:pictureId': { role: 'unit_contact', target: 'report', params: (s) => ({ id: s.reportId, pictureId: s.photoId }) },
  'POST /api/reports/:id/submit': { role: 'unit_contact', target: 'report', params: (s) => ({ id: s.reportId }), body: () => ({}) },
  'POST /api/reports/:id/withdraw': { role: 'unit_contact', target: 'report', params: (s) => ({ id: s.reportId }), body: () => ({}) },
}

/** The URL of an operation with its path parameters filled in (each encoded as one segment). */
export function operationPath(operation: TOperation, params: Record<string, string>, query?: Record<string, string>): string {
  const filled = operation.pattern.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`${operation.key}: no value for :${name}`)
    return encodeURIComponent(value)
  })
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query).toString()}` : ''
  return filled + search
}

/**
 * What a handler method reads from req.query besides the route's path parameters: names, or
 * `req.query` for a read of the whole object. The fuzz lets a generated query string ride on a
 * generated body for handlers that read nothing else (tests/fuzz/fuzz-operations.ts).
 */
export function queryReadsBeyondParams(source: string, method: TMethod, params: string[]): string[] {
  const handlerBlock = /defineHandler\(\{([\s\S]*)\}/.exec(source)?.[1] ?? source
  const parts = handlerBlock.split(/^\s{2}(?=(?:GET|POST|PUT|PATCH|DELETE):)/m)
  const block = parts.find((part) => part.startsWith(`${method}:`)) ?? ''
  const reads: string[] = []
  for (const match of block.matchAll(/req\.query\b(?:\??\.(\w+))?/g)) {
    const name = match[1]
    if (!name) reads.push('req.query')
    else if (!params.includes(name)) reads.push(name)
  }
  if (/\{[^}]*\bquery\b[^}]*\}\s*=\s*(?:\w+\.)?req\b/.test(block)) reads.push('req.query')
  return reads
}
