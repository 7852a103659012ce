import sharp from 'sharp'
import { ZGetUnitReportsResponse, ZReport, type TReport } from '../../types/api/reports'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { createUnit, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

/** A unit of its own campaign with 晋城's three report dates: one past, two ahead. */
async function reportUnit() {
  const unit = await createUnit(sql)
  const deadlines = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values
      (${unit.campaignId}, 'report', '活动报告（第一次）', now() - interval '10 days'),
      (${unit.campaignId}, 'report', '活动报告（第二次）', now() + interval '20 days'),
      (${unit.campaignId}, 'status_report', '开展情况报告', now() + interval '60 days'),
      (${unit.campaignId}, 'photos', '活动图片', now() + interval '5 days')
    returning id`
  const [past, next, status] = deadlines.map((d) => d.id) as [string, string, string]
  return { ...unit, past, next, status, token: tokenFor(unit.contactId) }
}

async function picture(seed: number): Promise<Buffer> {
  const width = 640
  const height = 480
  const pixels = Buffer.alloc(width * height * 3, seed * 40)
  for (let i = 0; i < pixels.length; i += 7) pixels[i] = (i * seed) % 251
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer()
}

async function uploadPicture(token: string, unitId: string, bytes: Buffer, contentType = 'image/jpeg'): Promise<string> {
  const signed = ZCreateUploadResponse.parse(
    (await api('/api/uploads', { token, body: { unitId, purpose: 'report_picture', contentType, byteSize: bytes.length } })).body,
  )
  expect((await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } })).status).toBe(200)
  return signed.path
}

const save = (token: string, unitId: string, body: Record<string, unknown>) => api(`/api/units/${unitId}/reports`, { method: 'PUT', token, body })

describe('reports (晋城 / 兰州)', () => {
  it('opens the next report date, saves a draft with links and pictures, submits and withdraws', async () => {
    const unit = await reportUnit()
    const { token } = unit
    const opened = ZGetUnitReportsResponse.parse((await api(`/api/units/${unit.unitId}/reports`, { token })).body)
    // Report deadlines only, in date order, with the next open one chosen; nothing saved yet.
    expect(opened.deadlines.map((d) => [d.id, d.kind, d.passed, d.status])).toEqual([
      [unit.past, 'report', true, null],
      [unit.next, 'report', false, null],
      [unit.status, 'status_report', false, null],
    ])
    expect(opened.current).toMatchObject({ deadline: { id: unit.next }, report: null })

    // Links: each bad one is named by its place in the list; nothing is saved.
    const badLinks = await save(token, unit.unitId, {
      deadlineId: unit.next,
      title: '',
      body: '草稿',
      links: [
        { url: 'https://mp.weixin.qq.com/s/abc', label: '公众号报道' },
        { url: 'www.jcwmw.cn/news', label: '' },
        { url: 'https://a b.com', label: '' },
      ],
    })
    expect(badLinks.status).toBe(400)
    expect(badLinks.body.message).toBe('第 2 个链接不是有效的网址（需以 http:// 或 https:// 开头）；第 3 个链接不是有效的网址（请检查域名和有无空格）')
    expect(badLinks.body.issues.map((i: { path: string }) => i.path)).toEqual(['links.1.url', 'links.2.url'])
    expect(await sql`select id from reports where unit_id = ${unit.unitId}`).toHaveLength(0)

    // The first save creates the draft; the title defaults to the unit and the date.
    const first = await save(token, unit.unitId, { deadlineId: unit.next, title: '', body: '', links: [] })
    expect(first.status).toBe(200)
    const draft = ZReport.parse(first.body)
    expect(draft).toMatchObject({ status: 'draft', title: '测试单位活动报告（第二次）', deadlineId: unit.next, canSubmit: false })
    const empty = await api(`/api/reports/${draft.id}/submit`, { token, body: {} })
    expect(empty).toMatchObject({ status: 409, body: { code: 'submission_incomplete' } })
    expect(empty.body.message).toContain('请填写报告正文')

    const body = '3月5日，我单位组织青年志愿者走进社区开展学雷锋志愿服务。\n'.repeat(40)
    const links = [
      { url: 'https://mp.weixin.qq.com/s/abc', label: '公众号报道' },
      { url: 'http://www.jcwmw.gov.cn/2021/0305.html', label: '' },
    ]
    const second = ZReport.parse((await save(token, unit.unitId, { deadlineId: unit.next, title: '三月学雷锋活动报告', body, links })).body)
    expect(second.id).toBe(draft.id)
    expect(second).toMatchObject({ title: '三月学雷锋活动报告', body, links, canSubmit: true })

    // Pictures: claimed from uploads, captions optional, removable; non-pictures refused.
    const withOne = ZReport.parse((await api(`/api/reports/${draft.id}/pictures`, { token, body: { path: await uploadPicture(token, unit.unitId, await picture(1)), caption: '社区清扫' } })).body)
    const withTwo = ZReport.parse((await api(`/api/reports/${draft.id}/pictures`, { token, body: { path: await uploadPicture(token, unit.unitId, await picture(2)) } })).body)
    expect(withOne.pictures.map((p) => p.caption)).toEqual(['社区清扫'])
    expect(withTwo.pictures.map((p) => p.caption)).toEqual(['社区清扫', ''])
    expect(withTwo.pictures[0]).toMatchObject({ width: 640, height: 480 })
    const stored = await sql<{ purpose: string; report_id: string }[]>`select purpose, report_id from photos where report_id = ${draft.id}`
    expect(stored).toEqual([{ purpose: 'report', report_id: draft.id }, { purpose: 'report', report_id: draft.id }])
    const captioned = ZReport.parse((await api(`/api/reports/${draft.id}/pictures/${withTwo.pictures[1]!.id}`, { method: 'PATCH', token, body: { caption: '宣传展板' } })).body)
    expect(captioned.pictures.map((p) => p.caption)).toEqual(['社区清扫', '宣传展板'])
    const text = Buffer.from('这不是图片'.repeat(20))
    const notPicture = await api(`/api/reports/${draft.id}/pictures`, { token, body: { path: await uploadPicture(token, unit.unitId, text) } })
    expect(notPicture.status).toBe(415)
    const removed = ZReport.parse((await api(`/api/reports/${draft.id}/pictures/${withOne.pictures[0]!.id}`, { method: 'DELETE', token })).body)
    expect(removed.pictures.map((p) => p.caption)).toEqual(['宣传展板'])

    const submitted = ZReport.parse((await api(`/api/reports/${draft.id}/submit`, { token, body: {} })).body)
    expect(submitted).toMatchObject({ status: 'submitted', canEdit: false, canWithdraw: true })
    expect(await sql`select action from audit_log where entity_id = ${draft.id}`).toEqual([{ action: 'report.submit' }])
    expect((await save(token, unit.unitId, { deadlineId: unit.next, title: 'x', body, links: [] })).body.code).toBe('already_submitted')
    const reopened = ZGetUnitReportsResponse.parse((await api(`/api/units/${unit.unitId}/reports?deadlineId=${unit.next}`, { token })).body)
    expect(reopened.deadlines.find((d) => d.id === unit.next)?.status).toBe('submitted')
    expect(reopened.current?.report?.pictures).toHaveLength(1)

    const withdrawn = ZReport.parse((await api(`/api/reports/${draft.id}/withdraw`, { token, body: {} })).body)
    expect(withdrawn).toMatchObject({ status: 'draft', submittedAt: null })
    expect((await api(`/api/reports/${draft.id}/withdraw`, { token, body: {} })).body.code).toBe('not_submitted')

    // A body over 20 000 characters is refused by name.
    const huge = await save(token, unit.unitId, { deadlineId: unit.next, title: 't', body: '字'.repeat(20001), links: [] })
    expect(huge.status).toBe(400)
    expect(huge.body.message).toContain('报告正文最多 20000 个字')
  }, 60_000)

  it('keeps to the deadline, except a report the organiser returned', async () => {
    const unit = await reportUnit()
    const { token } = unit
    const late = ZReport.parse((await save(token, unit.unitId, { deadlineId: unit.past, title: '第一次报告', body: '正文', links: [] })).body)
    expect(late.canSubmit).toBe(false)
    const refused = await api(`/api/reports/${late.id}/submit`, { token, body: {} })
    expect(refused).toMatchObject({ status: 409, body: { code: 'deadline_passed' } })

    // Submitted in time, then the date passes: no withdrawing; 退回 lets it be changed and resubmitted.
    const report = ZReport.parse((await save(token, unit.unitId, { deadlineId: unit.next, title: '第二次报告', body: '正文', links: [] })).body)
    expect((await api(`/api/reports/${report.id}/submit`, { token, body: {} })).status).toBe(200)
    await sql`update campaign_deadlines set due_at = now() - interval '1 hour' where id = ${unit.next}`
    expect((await api(`/api/reports/${report.id}/withdraw`, { token, body: {} })).body.code).toBe('deadline_passed')
    await sql`update reports set status = 'returned', returned_at = now(), return_reason = '请补充活动图片' where id = ${report.id}`
    const returned = ZGetUnitReportsResponse.parse((await api(`/api/units/${unit.unitId}/reports?deadlineId=${unit.next}`, { token })).body)
    expect(returned.current?.report).toMatchObject({ status: 'returned', returnReason: '请补充活动图片', canSubmit: true })
    const changed: TReport = ZReport.parse((await save(token, unit.unitId, { deadlineId: unit.next, title: '第二次报告', body: '正文（已补充）', links: [] })).body)
    expect(changed.status).toBe('returned')
    const again = await api(`/api/reports/${report.id}/submit`, { token, body: {} })
    expect(again.status).toBe(200)
    expect(await sql`select action from audit_log where entity_id = ${report.id} order by id`).toEqual([{ action: 'report.submit' }, { action: 'report.resubmit' }])

    // Only report deadlines of the unit's own campaign.
    const photos = (await sql<{ id: string }[]>`select id from campaign_deadlines where campaign_id = ${unit.campaignId} and kind = 'photos'`)[0]!.id
    expect((await save(token, unit.unitId, { deadlineId: photos, title: 't', body: 'b', links: [] })).status).toBe(404)
    expect((await api(`/api/units/${unit.unitId}/reports?deadlineId=${photos}`, { token })).status).toBe(404)
  }, 60_000)

  it('keeps units apart: API and row-level security', async () => {
    const mine = await reportUnit()
    const theirs = await reportUnit()
    const report = ZReport.parse((await save(mine.token, mine.unitId, { deadlineId: mine.next, title: '报告', body: '正文', links: [] })).body)
    const other = theirs.token
    expect((await api(`/api/units/${mine.unitId}/reports`, { token: other })).status).toBe(404)
    expect((await save(other, mine.unitId, { deadlineId: mine.next, title: '冒名', body: 'x', links: [] })).status).toBe(404)
    // Their own unit with my deadline: not one of their campaign's dates.
    expect((await save(other, theirs.unitId, { deadlineId: mine.next, title: '冒名', body: 'x', links: [] })).status).toBe(404)
    expect((await api(`/api/reports/${report.id}/submit`, { token: other, body: {} })).status).toBe(404)
    expect((await api(`/api/reports/${report.id}/withdraw`, { token: other, body: {} })).status).toBe(404)
    const theirPicture = await uploadPicture(other, theirs.unitId, await picture(3))
    expect((await api(`/api/reports/${report.id}/pictures`, { token: other, body: { path: theirPicture } })).status).toBe(404)
    expect((await api(`/api/reports/${report.id}/pictures`, { token: mine.token, body: { path: theirPicture } })).status).toBe(404)

    const seen = await asUser(sql, theirs.contactId, (tx) => tx`select id from reports where id = ${report.id}`)
    expect(seen).toHaveLength(0)
    const changed = await asUser(sql, theirs.contactId, (tx) => tx`update reports set body = '改' where id = ${report.id} returning id`)
    expect(changed).toHaveLength(0)
    await expect(
      asUser(sql, theirs.contactId, (tx) => tx`insert into reports (campaign_id, unit_id, deadline_id, kind, title) values (${mine.campaignId}, ${mine.unitId}, ${mine.past}, 'report', '冒名')`),
    ).rejects.toThrow(/row-level security/)
    expect(await asUser(sql, mine.contactId, (tx) => tx`select id from reports where id = ${report.id}`)).toHaveLength(1)
  }, 60_000)
})
