import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import sharp from 'sharp'
import { ZExportResponse } from '../../types/api/common'
import { ZListShowcaseResponse, ZShowcaseApplication, type TShowcaseApplication, type TShowcaseForm } from '../../types/api/showcase'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { createUnit, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

const MB = 1024 * 1024

/** A real JPEG of random noise: noise does not compress, so 1400×1000 at q95 is well over 1 MB. */
async function noiseJpeg(seed: number, width = 1400, height = 1000, quality = 95): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let state = seed * 2654435761
  for (let i = 0; i < pixels.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0
    pixels[i] = state >>> 24
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer()
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A unit of its own campaign with an open 附件1 deadline and the 各单位不少于1个 quota. */
async function showcaseUnit(options: { dueInDays?: number } = {}) {
  const unit = await createUnit(sql)
  const [deadline] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at)
    values (${unit.campaignId}, 'showcase_application', '启动仪式现场展示项目申报表（附件1）',
            now() + make_interval(days => ${options.dueInDays ?? 30}))
    returning id`
  await sql`insert into campaign_quotas (campaign_id, subject, metric, min_count) values (${unit.campaignId}, 'unit', 'showcase_projects', 1)`
  return { ...unit, deadlineId: deadline!.id, token: tokenFor(unit.contactId) }
}

/** Steps 1 and 2 of the upload: a signed URL for the declared size, then the bytes PUT to it. */
async function upload(token: string, unitId: string, bytes: Buffer, declared: { byteSize?: number; contentType?: string } = {}): Promise<string> {
  const contentType = declared.contentType ?? 'image/jpeg'
  const asked = await api('/api/uploads', {
    token,
    body: { unitId, purpose: 'showcase_picture', contentType, byteSize: declared.byteSize ?? bytes.length },
  })
  expect(asked.status).toBe(200)
  const signed = ZCreateUploadResponse.parse(asked.body)
  const put = await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } })
  expect(put.status).toBe(200)
  return signed.path
}

const SUMMARY =
  '“河小青”护河志愿服务项目由市水利局青年志愿者发起，围绕蔷薇河、玉带河等城区河道开展巡河护河、垃圾清理、水质检测和节水宣传。' +
  '项目组建了一支一百二十人的志愿服务队，每月固定两次巡河，配备便携式水质检测箱，把检测数据和发现的问题通过“河长制”平台及时反馈给相关部门处理。' +
  '在中国水周和世界水日期间，志愿者走进社区和中小学开展节水护水课堂，教孩子们用简单试剂测水质，发放节水器具，倡导家庭一水多用。' +
  '三年来累计巡河四百余次，清理河道垃圾二十多吨，开展宣讲八十余场，服务群众两万多人次。现场将展示巡河装备和水质检测互动体验。'

const FULL_FORM: TShowcaseForm = {
  organisationName: '连云港市水利局青年志愿服务队',
  projectName: '河小青护河行动',
  summary: SUMMARY,
  displayContents: [
    { item: '展板', description: '3块展板介绍项目历程和成效' },
    { item: '互动活动', description: '水质检测小实验，现场体验' },
  ],
  standardNeeds: true,
  extraNeeds: [{ item: '电源', description: '220V 插座一个，用于检测仪器' }],
  contactName: '王清',
  contactUnitTitle: '市水利局团委 副书记',
  contactPhone: '0518-85802696',
  remark: '需提前半小时进场布置',
}

async function create(token: string, unitId: string, form?: Partial<TShowcaseForm>): Promise<TShowcaseApplication> {
  const created = await api(`/api/units/${unitId}/showcase`, { token, body: { form } })
  expect(created.status).toBe(200)
  return ZShowcaseApplication.parse(created.body)
}

async function addPicture(token: string, applicationId: string, path: string) {
  return api(`/api/showcase/${applicationId}/pictures`, { token, body: { path } })
}

describe('附件1 showcase application', () => {
  let pictures: Buffer[]
  beforeAll(async () => {
    pictures = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => noiseJpeg(seed)))
    for (const bytes of pictures) expect(bytes.length).toBeGreaterThanOrEqual(MB)
  })

  it('drafts, takes five pictures of at least 1 MB, lists what is missing in Chinese, submits, withdraws', async () => {
    const unit = await showcaseUnit()
    const { token } = unit
    const draft = await create(token, unit.unitId, { projectName: '河小青护河行动' })
    expect(draft).toMatchObject({ status: 'draft', organisationName: '测试单位', projectName: '河小青护河行动', canEdit: true, canSubmit: false })
    expect(draft.deadline?.id).toBe(unit.deadlineId)

    // Partial drafts save; submitting lists every missing field of the form.
    const saved = await api(`/api/showcase/${draft.id}`, { method: 'PUT', token, body: { form: { ...FULL_FORM, summary: '太短的简介', contactPhone: '', displayContents: [{ item: '展板', description: '' }] } } })
    expect(saved.status).toBe(200)
    const refused = await api(`/api/showcase/${draft.id}/submit`, { token, body: {} })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('submission_incomplete')
    expect(refused.body.message).toContain('项目简介只有 5 字')
    expect(refused.body.message).toContain('项目图片需要 5 张，还差 5 张')
    expect(refused.body.message).toContain('请写明展示内容「展板」的具体内容')
    expect(refused.body.message).toContain('请填写对接负责人的联系方式')
    expect(refused.body.issues.map((i: { path: string }) => i.path)).toEqual(['summary', 'pictures', 'displayContents.展板', 'contactPhone'])

    // Under 1 MB: refused when the URL is asked for …
    const small = await noiseJpeg(9, 500, 400)
    expect(small.length).toBeLessThan(MB)
    const early = await api('/api/uploads', { token, body: { unitId: unit.unitId, purpose: 'showcase_picture', contentType: 'image/jpeg', byteSize: small.length } })
    expect(early.status).toBe(400)
    expect(early.body).toMatchObject({ code: 'file_too_small' })
    expect(early.body.message).toContain('1 MB')
    // … and, when the size was declared falsely, when the file is claimed; nothing is recorded.
    const liar = await upload(token, unit.unitId, small, { byteSize: 2 * MB })
    const claimed = await addPicture(token, draft.id, liar)
    expect(claimed.status).toBe(400)
    expect(claimed.body.code).toBe('file_too_small')
    expect(await sql`select id from photos where storage_path = ${liar}`).toHaveLength(0)
    expect((await sql`select recorded_at from storage_uploads where path = ${liar}`)[0]?.recorded_at).toBeNull()
    // Not JPEG/PNG: GIF at URL time, a PNG declared as JPEG at claim time.
    const gif = await api('/api/uploads', { token, body: { unitId: unit.unitId, purpose: 'showcase_picture', contentType: 'image/gif', byteSize: 2 * MB } })
    expect(gif.status).toBe(415)
    const png = await sharp(pictures[0]!).png().toBuffer()
    const mislabelled = await addPicture(token, draft.id, await upload(token, unit.unitId, png, { contentType: 'image/jpeg' }))
    expect(mislabelled.status).toBe(415)
    expect(mislabelled.body.message).toContain('PNG')

    // Five real pictures, added at once: the row lock gives them positions 1–5; a sixth is refused.
    const paths = await Promise.all(pictures.slice(0, 5).map((bytes) => upload(token, unit.unitId, bytes)))
    const added = await Promise.all(paths.map((path) => addPicture(token, draft.id, path)))
    expect(added.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    const sixth = await addPicture(token, draft.id, await upload(token, unit.unitId, pictures[5]!))
    expect(sixth.status).toBe(409)
    const withFive = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}`, { token })).body)
    expect(withFive.pictures.map((p) => p.position)).toEqual([1, 2, 3, 4, 5])
    expect(withFive.pictures.every((p) => p.byteSize >= MB && p.width === 1400 && p.height === 1000)).toBe(true)
    const rows = await sql<{ purpose: string; showcase_application_id: string }[]>`select purpose, showcase_application_id from photos where storage_path = any(${paths}::text[])`
    expect(rows.every((r) => r.purpose === 'showcase' && r.showcase_application_id === draft.id)).toBe(true)

    // Reorder (reverse), remove one (the rest close up), add another.
    const reversed = [...withFive.pictures].reverse().map((p) => p.id)
    const reordered = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}/pictures`, { method: 'PUT', token, body: { pictureIds: reversed } })).body)
    expect(reordered.pictures.map((p) => p.id)).toEqual(reversed)
    const removed = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}/pictures/${reversed[0]}`, { method: 'DELETE', token })).body)
    expect(removed.pictures.map((p) => p.position)).toEqual([1, 2, 3, 4])
    expect(removed.pictures.map((p) => p.id)).toEqual(reversed.slice(1))
    expect((await addPicture(token, draft.id, await upload(token, unit.unitId, pictures[5]!))).status).toBe(200)

    // 项目简介 "300 字左右": over 500 is refused too.
    await api(`/api/showcase/${draft.id}`, { method: 'PUT', token, body: { form: { ...FULL_FORM, summary: SUMMARY.repeat(2) } } })
    const tooLong = await api(`/api/showcase/${draft.id}/submit`, { token, body: {} })
    expect(tooLong.body.message).toMatch(/项目简介有 \d+ 字，请精简到 300 字左右/)

    const complete = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}`, { method: 'PUT', token, body: { form: FULL_FORM } })).body)
    expect(complete).toMatchObject({ missing: [], canSubmit: true })
    const submitted = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}/submit`, { token, body: {} })).body)
    expect(submitted).toMatchObject({ status: 'submitted', canEdit: false, canWithdraw: true })
    expect(submitted.submittedAt).toMatch(/\+08:00$/)
    expect(await sql`select action from audit_log where entity_id = ${draft.id} and actor_id = ${unit.contactId}`).toEqual([{ action: 'showcase.submit' }])

    // Submitted: no changes until withdrawn.
    const locked = await api(`/api/showcase/${draft.id}`, { method: 'PUT', token, body: { form: FULL_FORM } })
    expect(locked).toMatchObject({ status: 409, body: { code: 'already_submitted' } })
    expect((await addPicture(token, draft.id, 'x')).status).toBe(409)
    const withdrawn = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}/withdraw`, { token, body: {} })).body)
    expect(withdrawn).toMatchObject({ status: 'draft', submittedAt: null, canEdit: true })
    expect((await api(`/api/showcase/${draft.id}/submit`, { token, body: {} })).status).toBe(200)

    // After the deadline: no withdrawing; an application the organiser returned is changed and resubmitted.
    await sql`update campaign_deadlines set due_at = now() - interval '1 day' where id = ${unit.deadlineId}`
    const late = await api(`/api/showcase/${draft.id}/withdraw`, { token, body: {} })
    expect(late).toMatchObject({ status: 409, body: { code: 'deadline_passed' } })
    await sql`update showcase_applications set status = 'returned', returned_at = now(), return_reason = '图片请换成活动现场照片' where id = ${draft.id}`
    const returned = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}`, { token })).body)
    expect(returned).toMatchObject({ status: 'returned', returnReason: '图片请换成活动现场照片', canEdit: true, canSubmit: true })
    const edited = ZShowcaseApplication.parse((await api(`/api/showcase/${draft.id}`, { method: 'PUT', token, body: { form: { ...FULL_FORM, remark: '已更换图片' } } })).body)
    expect(edited.status).toBe('returned')
    const resubmitted = await api(`/api/showcase/${draft.id}/submit`, { token, body: {} })
    expect(resubmitted.status).toBe(200)
    expect(resubmitted.body.status).toBe('submitted')

    const list = ZListShowcaseResponse.parse((await api(`/api/units/${unit.unitId}/showcase`, { token })).body)
    expect(list).toMatchObject({ minProjects: 1, deadline: { id: unit.deadlineId, passed: true } })
    expect(list.items.map((i) => [i.id, i.status])).toEqual([[draft.id, 'submitted']])
  }, 120_000)

  it('refuses to submit a draft after the deadline, and a campaign without 附件1 has none', async () => {
    const unit = await showcaseUnit({ dueInDays: -1 })
    const draft = await create(unit.token, unit.unitId, FULL_FORM)
    for (const bytes of pictures.slice(0, 5)) {
      expect((await addPicture(unit.token, draft.id, await upload(unit.token, unit.unitId, bytes))).status).toBe(200)
    }
    const late = await api(`/api/showcase/${draft.id}/submit`, { token: unit.token, body: {} })
    expect(late).toMatchObject({ status: 409, body: { code: 'deadline_passed' } })
    expect(late.body.message).toContain('已过')
    expect((await sql`select status from showcase_applications where id = ${draft.id}`)[0]?.status).toBe('draft')

    const plain = await createUnit(sql)
    const none = await api(`/api/units/${plain.unitId}/showcase`, { token: tokenFor(plain.contactId), body: {} })
    expect(none.status).toBe(404)
    expect(none.body.message).toContain('没有启动仪式现场展示项目申报')
  }, 60_000)

  it('exports 附件1 as .xlsx in the notice layout and the five originals as a zip', async () => {
    const unit = await showcaseUnit()
    const first = await create(unit.token, unit.unitId, FULL_FORM)
    const second = await create(unit.token, unit.unitId, { ...FULL_FORM, projectName: '护河/宣讲: 第二项', displayContents: [], extraNeeds: [] })
    const uploaded = await Promise.all(pictures.slice(0, 5).map((bytes) => upload(unit.token, unit.unitId, bytes)))
    for (const path of uploaded) expect((await addPicture(unit.token, first.id, path)).status).toBe(200)
    // The unit's chosen order: picture 5 first.
    const current = ZShowcaseApplication.parse((await api(`/api/showcase/${first.id}`, { token: unit.token })).body)
    const order = [current.pictures[4]!.id, ...current.pictures.slice(0, 4).map((p) => p.id)]
    expect((await api(`/api/showcase/${first.id}/pictures`, { method: 'PUT', token: unit.token, body: { pictureIds: order } })).status).toBe(200)

    const exported = await api(`/api/units/${unit.unitId}/showcase-export`, { token: unit.token, body: {} })
    expect(exported.status).toBe(200)
    const file = ZExportResponse.parse(exported.body)
    expect(file.fileName).toBe('测试单位-启动仪式现场展示项目申报表.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await (await fetch(file.url)).arrayBuffer()) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['河小青护河行动', '护河 宣讲  第二项'])
    const sheet = workbook.worksheets[0]!
    const text = (address: string) => String(sheet.getCell(address).value ?? '')
    expect(text('A1')).toBe('附件1')
    expect(text('A2')).toBe('2030年学雷锋志愿服务集中活动启动仪式现场展示项目申报表')
    expect([text('A3'), text('B3')]).toEqual(['组织名称', FULL_FORM.organisationName])
    expect([text('A4'), text('B4')]).toEqual(['项目名称', '河小青护河行动'])
    expect([text('A5'), text('B5')]).toEqual(['项目简介', SUMMARY])
    expect(text('A6')).toBe('项目图片')
    expect(text('B6')).toBe('（5 张图片，不小于 1M，图片单独打包报送）\n图片包：河小青护河行动/1.jpg、河小青护河行动/2.jpg、河小青护河行动/3.jpg、河小青护河行动/4.jpg、河小青护河行动/5.jpg')
    expect(text('A7')).toBe('展示内容')
    expect(text('B7')).toBe('1. 展板：✔ 3块展板介绍项目历程和成效\n2. 现场服务：\n3. 互动活动：✔ 水质检测小实验，现场体验\n4. 纪念品：\n5. 其他：')
    expect(text('A8')).toBe('需求提供')
    expect(text('B8')).toBe('✔ 标配一个帐篷（2.5米×2.5米）、一张桌子、两把椅子\n有其他需求的请注明：\n1. 场地：\n2. 桌椅：\n3. 电源：✔ 220V 插座一个，用于检测仪器\n4. 其他：')
    expect(['A9', 'B9', 'C9', 'D9'].map(text)).toEqual(['对接负责人', '单位与职务', '联系方式', '备注'])
    expect(['A10', 'B10', 'C10', 'D10'].map(text)).toEqual(['王清', '市水利局团委 副书记', '0518-85802696', '需提前半小时进场布置'])
    const merges = (sheet.model as unknown as { merges: string[] }).merges
    expect(merges).toEqual(expect.arrayContaining(['A2:D2', 'B3:D3', 'B4:D4', 'B5:D5', 'B6:D6', 'B7:D7', 'B8:D8']))
    expect(String(workbook.worksheets[1]!.getCell('B6').value)).toContain('（尚未上传）')

    const packaged = await api(`/api/units/${unit.unitId}/showcase-pictures-export`, { token: unit.token, body: {} })
    expect(packaged.status).toBe(200)
    const archive = ZExportResponse.parse(packaged.body)
    expect(archive.fileName).toBe('测试单位-展示项目图片.zip')
    const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(archive.url)).arrayBuffer()))
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort()
    expect(names).toEqual(['河小青护河行动/1.jpg', '河小青护河行动/2.jpg', '河小青护河行动/3.jpg', '河小青护河行动/4.jpg', '河小青护河行动/5.jpg'])
    // The originals, byte for byte, in the unit's order (picture 5 is now 1.jpg).
    const expected = [pictures[4]!, ...pictures.slice(0, 4)].map(sha)
    const inZip = await Promise.all(names.map(async (name) => sha(await zip.file(name)!.async('nodebuffer'))))
    expect(inZip).toEqual(expected)

    // One project only.
    const one = ZExportResponse.parse((await api(`/api/units/${unit.unitId}/showcase-export`, { token: unit.token, body: { applicationId: second.id } })).body)
    expect(one.fileName).toBe('护河 宣讲  第二项-启动仪式现场展示项目申报表.xlsx')
  }, 120_000)

  it('keeps units apart: another unit gets 404/403 from the API and sees no rows under RLS', async () => {
    const mine = await showcaseUnit()
    const theirs = await showcaseUnit()
    const draft = await create(mine.token, mine.unitId, FULL_FORM)
    const path = await upload(mine.token, mine.unitId, pictures[0]!)
    expect((await addPicture(mine.token, draft.id, path)).status).toBe(200)
    const other = theirs.token

    expect((await api(`/api/units/${mine.unitId}/showcase`, { token: other })).status).toBe(404)
    expect((await api(`/api/units/${mine.unitId}/showcase`, { token: other, body: {} })).status).toBe(404)
    expect((await api(`/api/showcase/${draft.id}`, { token: other })).status).toBe(404)
    expect((await api(`/api/showcase/${draft.id}`, { method: 'PUT', token: other, body: { form: FULL_FORM } })).status).toBe(404)
    expect((await api(`/api/showcase/${draft.id}/submit`, { token: other, body: {} })).status).toBe(404)
    expect((await api(`/api/showcase/${draft.id}`, { method: 'DELETE', token: other })).status).toBe(404)
    expect((await api(`/api/units/${mine.unitId}/showcase-export`, { token: other, body: {} })).status).toBe(404)
    expect((await api(`/api/units/${mine.unitId}/showcase-pictures-export`, { token: other, body: {} })).status).toBe(404)
    // Their own upload URL cannot be claimed by my application, nor mine by theirs.
    const theirUpload = await upload(other, theirs.unitId, pictures[1]!)
    expect((await addPicture(mine.token, draft.id, theirUpload)).status).toBe(404)
    expect((await api('/api/uploads', { token: other, body: { unitId: mine.unitId, purpose: 'showcase_picture', contentType: 'image/jpeg', byteSize: 2 * MB } })).status).toBe(403)
    expect((await api('/api/showcase/not-a-uuid', { token: mine.token })).status).toBe(400)
    expect((await api(`/api/showcase/${draft.id}`)).status).toBe(401)

    // Row-level security, as the other unit's contact straight in SQL.
    const seen = await asUser(sql, theirs.contactId, (tx) => tx`select id from showcase_applications where id = ${draft.id}`)
    expect(seen).toHaveLength(0)
    const pics = await asUser(sql, theirs.contactId, (tx) => tx`select id from photos where showcase_application_id = ${draft.id}`)
    expect(pics).toHaveLength(0)
    const changed = await asUser(sql, theirs.contactId, (tx) => tx`update showcase_applications set project_name = '改' where id = ${draft.id} returning id`)
    expect(changed).toHaveLength(0)
    await expect(
      asUser(sql, theirs.contactId, (tx) => tx`insert into showcase_applications (campaign_id, unit_id, project_name) values (${mine.campaignId}, ${mine.unitId}, '冒名')`),
    ).rejects.toThrow(/row-level security/)
    const own = await asUser(sql, mine.contactId, (tx) => tx`select id from showcase_applications where id = ${draft.id}`)
    expect(own).toHaveLength(1)

    // A draft can be deleted by its unit, with its pictures' files.
    const deleted = await api(`/api/showcase/${draft.id}`, { method: 'DELETE', token: mine.token })
    expect(deleted).toMatchObject({ status: 200, body: { deleted: true } })
    expect(await sql`select id from photos where storage_path = ${path}`).toHaveLength(0)
  }, 60_000)
})
