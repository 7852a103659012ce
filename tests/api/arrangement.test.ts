import type { CellValue } from 'exceljs'
import {
  ZApplyArrangementImportResponse,
  ZArrangementPreview,
  ZArrangementState,
  ZArrangementSubmissionResponse,
  type TArrangementPreview,
} from '../../types/api/arrangement'
import { ZExportResponse } from '../../types/api/common'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { api } from '../setup/api-client'
import { XLSX, generatedWorkbook, hugeSheetXml, noticeWorkbook, rawXlsx, toBuffer, validRows } from '../setup/arrangement-workbooks'
import { connectTestDb } from '../setup/db'
import { createUnit, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

type TUnit = { campaignId: string; unitId: string; contactId: string; token: string }

async function unit(): Promise<TUnit> {
  const created = await createUnit(sql)
  return { ...created, token: tokenFor(created.contactId) }
}

/** A second unit (with its own contact) in the same campaign. */
async function neighbour(of: TUnit): Promise<TUnit> {
  const [row] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${of.campaignId}, 'n', '邻居单位') returning id`
  const [contact] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('邻居联系人') returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact!.id}, ${of.campaignId}, 'unit_contact', ${row!.id})`
  return { campaignId: of.campaignId, unitId: row!.id, contactId: contact!.id, token: tokenFor(contact!.id) }
}

async function upload(u: TUnit, bytes: Buffer, contentType = XLSX): Promise<string> {
  const asked = await api('/api/uploads', { token: u.token, body: { unitId: u.unitId, purpose: 'arrangement_workbook', contentType, byteSize: bytes.length } })
  expect(asked.status).toBe(200)
  const signed = ZCreateUploadResponse.parse(asked.body)
  const put = await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } })
  expect(put.status).toBe(200)
  return signed.path
}

function preview(u: TUnit, path: string, unitId = u.unitId) {
  return api(`/api/units/${unitId}/arrangement-imports`, { token: u.token, body: { path, fileName: '附件2.xlsx' } })
}

async function previewOk(u: TUnit, bytes: Buffer): Promise<TArrangementPreview> {
  const reply = await preview(u, await upload(u, bytes))
  if (reply.status !== 200) throw new Error(`preview answered ${reply.status}: ${JSON.stringify(reply.body)}`)
  return ZArrangementPreview.parse(reply.body)
}

function apply(u: TUnit, importId: string, mode: 'all' | 'valid_only', publish: boolean) {
  return api(`/api/arrangement-imports/${importId}/apply`, { token: u.token, body: { mode, publish } })
}

/** Three good rows and one whose phone has no area code. */
function mixedRows(unitName: string): CellValue[][] {
  const rows = validRows(3, unitName)
  rows.push([4, unitName, '3月9日 9:00-11:00', '市民中心', '文明交通劝导', '王清85802696', '文明倡导类'])
  return rows
}

describe('附件2 import over the API', () => {
  it('previews, refuses 全部导入 while a row has errors, imports the valid rows once, as drafts', async () => {
    const u = await unit()
    const shown = await previewOk(u, await toBuffer(noticeWorkbook(mixedRows('测试单位'))))
    expect(shown).toMatchObject({ status: 'previewed', sheetName: 'Sheet1', headerRow: 3, valid: 3, invalid: 1, toCreate: 3, fileName: '附件2.xlsx' })
    expect(shown.rows.find((r) => r.row === 7)).toMatchObject({
      ok: false,
      activity: null,
      errors: [{ column: '联系人及电话', message: expect.stringContaining('不带区号') }],
    })
    expect(await sql`select id from activities where unit_id = ${u.unitId}`).toHaveLength(0)

    const refused = await apply(u, shown.importId, 'all', true)
    expect(refused).toMatchObject({ status: 409, body: { code: 'import_has_errors' } })
    expect(refused.body.message).toContain('只导入正确的 3 行')
    expect(await sql`select id from activities where unit_id = ${u.unitId}`).toHaveLength(0)

    const applied = ZApplyArrangementImportResponse.parse((await apply(u, shown.importId, 'valid_only', false)).body)
    expect(applied).toMatchObject({ created: 3, skipped: 0, published: false, alreadyApplied: false })
    const created = await sql<{ status: string; import_id: string; created_by: string; contact_phone: string }[]>`
      select status, import_id, created_by, contact_phone from activities where unit_id = ${u.unitId} order by seq_no`
    expect(created.map((a) => a.status)).toEqual(['draft', 'draft', 'draft'])
    expect(new Set(created.map((a) => a.import_id))).toEqual(new Set([shown.importId]))
    expect(created[0]?.created_by).toBe(u.contactId)

    // A second tap, or a retry after a lost answer: nothing more is created.
    const again = ZApplyArrangementImportResponse.parse((await apply(u, shown.importId, 'valid_only', true)).body)
    expect(again).toMatchObject({ created: 3, alreadyApplied: true, activityIds: applied.activityIds })
    expect(await sql`select id from activities where unit_id = ${u.unitId}`).toHaveLength(3)
    expect(await sql`select action from audit_log where entity_id = ${shown.importId}`).toEqual([{ action: 'arrangement_import_applied' }])

    const state = ZArrangementState.parse((await api(`/api/units/${u.unitId}/arrangement`, { token: u.token })).body)
    expect(state.rows.map((r) => r.title)).toEqual(['学雷锋志愿服务第 1 场', '学雷锋志愿服务第 2 场', '学雷锋志愿服务第 3 场'])
  })

  it('imports all rows published, in one go under concurrent taps, and skips them when the same file comes again', async () => {
    const u = await unit()
    const bytes = await generatedWorkbook(5, '测试单位')
    const shown = await previewOk(u, bytes)
    const replies = await Promise.all([apply(u, shown.importId, 'all', true), apply(u, shown.importId, 'all', true)])
    expect(replies.map((r) => r.status)).toEqual([200, 200])
    expect(replies.map((r) => r.body.alreadyApplied).sort()).toEqual([false, true])
    const live = await sql<{ status: string }[]>`select status from activities where unit_id = ${u.unitId}`
    expect(live.map((a) => a.status)).toEqual(Array(5).fill('published'))

    const second = await previewOk(u, bytes)
    expect(second).toMatchObject({ valid: 5, invalid: 0, toCreate: 0 })
    expect(second.rows.every((r) => r.duplicate && r.warnings.some((w) => w.message.includes('已有同名同时间')))).toBe(true)
    const skipped = ZApplyArrangementImportResponse.parse((await apply(u, second.importId, 'all', true)).body)
    expect(skipped).toMatchObject({ created: 0, skipped: 5 })
    expect(await sql`select id from activities where unit_id = ${u.unitId}`).toHaveLength(5)
  })

  it('keeps one unit out of another’s imports, state, export and uploads', async () => {
    const u = await unit()
    const other = await neighbour(u)
    const path = await upload(u, await generatedWorkbook(2, '测试单位'))
    expect((await preview(other, path, u.unitId)).status).toBe(403)
    expect((await preview(other, path, other.unitId)).body.code).toBe('upload_not_found')
    const shown = ZArrangementPreview.parse((await preview(u, path)).body)
    expect((await api(`/api/arrangement-imports/${shown.importId}`, { token: other.token })).status).toBe(404)
    expect((await apply(other, shown.importId, 'all', true)).body.code).toBe('import_not_found')
    expect(await sql`select id from activities where unit_id = ${u.unitId}`).toHaveLength(0)
    expect((await api(`/api/units/${u.unitId}/arrangement`, { token: other.token })).status).toBe(403)
    expect((await api(`/api/units/${u.unitId}/arrangement-export`, { token: other.token, body: {} })).status).toBe(403)
    expect((await api(`/api/units/${u.unitId}/arrangement-submission`, { token: other.token, body: {} })).status).toBe(403)
    expect((await api(`/api/units/${u.unitId}/arrangement`)).status).toBe(401)
    // Previewing the same upload again answers the same import.
    expect(ZArrangementPreview.parse((await preview(u, path)).body).importId).toBe(shown.importId)
  })

  it('refuses files that are not .xlsx, and workbooks with missing columns, saving nothing', async () => {
    const u = await unit()
    const xls = await api('/api/uploads', { token: u.token, body: { unitId: u.unitId, purpose: 'arrangement_workbook', contentType: 'application/vnd.ms-excel', byteSize: 1000 } })
    expect(xls).toMatchObject({ status: 415, body: { code: 'unsupported_file_type' } })

    const csvPath = await upload(u, Buffer.from('序号,单位(组织),时间,地点\n1,测试单位,3月6日,广场\n'))
    const csv = await preview(u, csvPath)
    expect(csv).toMatchObject({ status: 400, body: { code: 'workbook_invalid' } })
    expect(csv.body.message).toContain('CSV')
    // Nothing recorded: the upload can still be swept, and no import row exists.
    expect(await sql`select recorded_at from storage_uploads where path = ${csvPath}`).toEqual([{ recorded_at: null }])
    expect(await sql`select id from arrangement_imports where unit_id = ${u.unitId}`).toHaveLength(0)

    const workbook = noticeWorkbook([])
    workbook.worksheets[0]!.getRow(3).values = ['序号', '单位(组织)', '时间', '地点', '活动名称及内容']
    const missing = await preview(u, await upload(u, await toBuffer(workbook)))
    expect(missing).toMatchObject({ status: 400, body: { code: 'workbook_invalid' } })
    expect(missing.body.message).toContain('缺少列：联系人及电话、所属类别')

    const empty = await preview(u, await upload(u, await toBuffer(noticeWorkbook([]))))
    expect(empty.body.message).toContain('没有活动')
  })

  it('refuses a million-row sheet fast and stays up', async () => {
    const u = await unit()
    const path = await upload(u, await rawXlsx(hugeSheetXml(1_000_000)))
    const started = Date.now()
    const reply = await preview(u, path)
    const elapsed = Date.now() - started
    expect(reply).toMatchObject({ status: 400, body: { code: 'workbook_invalid' } })
    expect(elapsed).toBeLessThan(5000)
    const rows = await preview(u, await upload(u, await rawXlsx(hugeSheetXml(100_000))))
    expect(rows.body.message).toMatch(/100001 行内容，超过单次导入上限 2000 行/)
    expect((await api('/api/health')).status).toBe(200)
  }, 120_000)
})

describe('附件2 export', () => {
  it('exports the notice’s layout and reads back as the same activities', async () => {
    const u = await unit()
    const source = noticeWorkbook([
      [1, '测试单位、乙社区、丙协会', '3月6日下午2:30-4:30', '人民广场（东门）', '学雷锋义诊\n为老人测血压\n发放健康手册', '张三 13812345678', '医疗健康'],
      [2, '测试单位', '3月31日 9:00-4月1日 17:00', '植物园', '两天的植树活动', '陈静/025-83201234', '环境保护类'],
      [3, '测试单位', '3月8日 上午6:30-8:00', '滨河公园', '清晨健步走', '刘洋 186-0518-1234', '文明倡导类'],
    ])
    await sql`update campaigns set period_end = '2030-04-30' where id = ${u.campaignId}`
    const first = await previewOk(u, await toBuffer(source))
    expect(first.invalid).toBe(0)
    await apply(u, first.importId, 'all', false)
    type TRow = { seq_no: number; title: string; description: string; starts_at: Date; ends_at: Date; location_name: string; contact_name: string; contact_phone: string; category: string; co_organisers: string[] }
    const read = () => sql<TRow[]>`
      select seq_no, title, description, starts_at, ends_at, location_name, contact_name, contact_phone, category, co_organisers
      from activities where unit_id = ${u.unitId} and status <> 'cancelled' order by seq_no`
    const before = await read()
    expect(before[0]?.co_organisers).toEqual(['乙社区', '丙协会'])

    const exported = ZExportResponse.parse((await api(`/api/units/${u.unitId}/arrangement-export`, { token: u.token, body: {} })).body)
    expect(exported.fileName).toMatch(/^附件2.*测试单位.*\.xlsx$/)
    const download = await fetch(exported.url)
    expect(download.status).toBe(200)
    const bytes = Buffer.from(await download.arrayBuffer())
    const { newWorkbook } = await import('../../cloud/lib/excel/new-workbook')
    const book = newWorkbook()
    await book.xlsx.load(bytes)
    const sheet = book.worksheets[0]!
    expect(sheet.getCell('A2').value).toBe('2030 年 3 月学雷锋志愿服务活动安排表')
    expect(sheet.getRow(4).values).toEqual([undefined, '序号', '单位(组织)', '时间', '地点', '活动名称及内容', '联系人及电话', '所属类别'])
    expect(sheet.getRow(5).values).toEqual([
      undefined, 1, '测试单位、乙社区、丙协会', '3月6日 14:30—16:30', '人民广场（东门）', '学雷锋义诊\n为老人测血压\n发放健康手册', '张三 13812345678', '医疗健康类',
    ])
    expect(String(sheet.getCell('A8').value)).toContain('所属类别可分为')
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 })
    expect(sheet.getColumn(5).width).toBeGreaterThan(30)
    expect(sheet.getCell('B5').border).toMatchObject({ top: { style: 'thin' } })

    // What was exported imports back unchanged: the same rows, recognised as already there…
    const back = await previewOk(u, bytes)
    expect(back).toMatchObject({ valid: 3, invalid: 0, toCreate: 0 })
    expect(back.rows.flatMap((r) => r.warnings.filter((w) => w.column !== '整行'))).toEqual([])
    // …and, once the originals are gone, recreated exactly.
    await sql`delete from activities where unit_id = ${u.unitId}`
    const again = await previewOk(u, bytes)
    expect(again.toCreate).toBe(3)
    await apply(u, again.importId, 'all', false)
    expect(await read()).toEqual(before)
  })
})

describe('提交活动安排表', () => {
  async function withDeadline(u: TUnit, dueInMinutes: number): Promise<string> {
    const [row] = await sql<{ id: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at)
      values (${u.campaignId}, 'activity_plan', '活动安排表（附件2）', now() + make_interval(mins => ${dueInMinutes})) returning id`
    return row!.id
  }
  const submit = (u: TUnit) => api(`/api/units/${u.unitId}/arrangement-submission`, { token: u.token, body: {} })
  const withdraw = (u: TUnit) => api(`/api/units/${u.unitId}/arrangement-submission`, { token: u.token, method: 'DELETE' })

  it('needs an activity, submits once, withdraws before the deadline, and writes audit_log', async () => {
    const u = await unit()
    const deadlineId = await withDeadline(u, 60 * 24)
    expect((await submit(u)).body.code).toBe('submission_incomplete')
    const shown = await previewOk(u, await generatedWorkbook(2, '测试单位'))
    await apply(u, shown.importId, 'all', false)

    const state = ZArrangementState.parse((await api(`/api/units/${u.unitId}/arrangement`, { token: u.token })).body)
    expect(state).toMatchObject({ canSubmit: true, canWithdraw: false, submission: null, deadline: { id: deadlineId } })
    const submitted = ZArrangementSubmissionResponse.parse((await submit(u)).body)
    expect(submitted.status).toBe('submitted')
    expect(await sql`select kind, status, submitted_by from unit_submissions where unit_id = ${u.unitId}`).toEqual([
      { kind: 'activity_plan', status: 'submitted', submitted_by: u.contactId },
    ])
    expect((await submit(u)).body.code).toBe('already_submitted')
    const after = ZArrangementState.parse((await api(`/api/units/${u.unitId}/arrangement`, { token: u.token })).body)
    expect(after).toMatchObject({ canSubmit: false, canWithdraw: true, submitBlockedReason: expect.stringContaining('已提交') })

    expect(ZArrangementSubmissionResponse.parse((await withdraw(u)).body).status).toBe('draft')
    expect((await withdraw(u)).body.code).toBe('not_submitted')
    const actions = await sql<{ action: string }[]>`
      select action from audit_log where entity = 'unit_submission' and actor_id = ${u.contactId} order by id`
    expect(actions.map((a) => a.action)).toEqual(['submit', 'withdraw'])
  })

  it('refuses after the deadline, except resubmitting what the organiser returned', async () => {
    const u = await unit()
    const deadlineId = await withDeadline(u, -60)
    const shown = await previewOk(u, await generatedWorkbook(1, '测试单位'))
    await apply(u, shown.importId, 'all', false)
    const late = await submit(u)
    expect(late).toMatchObject({ status: 409, body: { code: 'deadline_passed' } })
    expect(late.body.message).toContain('已过报送截止时间')

    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
              values (${u.campaignId}, ${u.unitId}, ${deadlineId}, 'activity_plan', 'returned', now() - interval '2 days', now(), '请补充活动地点')`
    const state = ZArrangementState.parse((await api(`/api/units/${u.unitId}/arrangement`, { token: u.token })).body)
    expect(state).toMatchObject({ canSubmit: true, submission: { status: 'returned', returnReason: '请补充活动地点' } })
    expect(ZArrangementSubmissionResponse.parse((await submit(u)).body).status).toBe('submitted')
    expect((await withdraw(u)).body.code).toBe('deadline_passed')
    expect(await sql`select action from audit_log where entity = 'unit_submission' and actor_id = ${u.contactId}`).toEqual([{ action: 'resubmit' }])
  })
})
