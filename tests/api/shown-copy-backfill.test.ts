import { createHash, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import exifr from 'exifr'
import sharp from 'sharp'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, tokenFor } from '../setup/journey'

/**
 * Photos and pictures recorded before shown copies existed (display_path null; issue 12, Privacy):
 * seeded here as such rows, each with a JPEG carrying GPS in storage. Before the back-fill no read
 * path hands anyone but the uploader — a colleague, the organiser — the original's URL or bytes: the
 * picture is left out. The scheduled tick's back-fill (two ticks at once) makes
 * each copy once, without GPS, and the read paths then show that copy. A claim whose worker died
 * (lease set, no copy) is taken again once the lease runs out; an original that cannot be read is
 * given up after three attempts and stays left out.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' }
const STORAGE = path.join(process.env.TEST_DATA_DIR ?? '', 'storage')

async function jpegWithGps(seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(320 * 240 * 3)
  let state = seed * 2654435761
  for (let i = 0; i < pixels.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0
    pixels[i] = state >>> 24
  }
  return sharp(pixels, { raw: { width: 320, height: 240, channels: 3 } }).jpeg({ quality: 90 }).withExif({ IFD0: { Make: 'TestPhone' }, IFD3: GPS }).toBuffer()
}

async function gpsOf(bytes: Buffer): Promise<unknown> {
  return (await exifr.gps(bytes).catch(() => undefined)) ?? null
}

function storedFile(objectPath: string): Buffer {
  return readFileSync(path.join(STORAGE, ...objectPath.split('/')))
}

type TSeeded = {
  campaignId: string
  unitId: string
  activityId: string
  deadlines: { photos: string; showcase: string; report: string; weekly: string }
  showcaseId: string
  uploader: string
  colleague: string
  organiser: string
  /** id → [table, original path, original bytes' sha256] */
  pictures: Map<string, { table: 'photos' | 'weekly_stats_pictures'; original: string; sha256: string }>
}

let seeded: TSeeded

async function storeOriginal(campaignId: string, unitId: string, seed: number): Promise<{ original: string; sha256: string }> {
  const original = `${campaignId}/${unitId}/${randomUUID()}.jpg`
  const bytes = await jpegWithGps(seed)
  expect(await gpsOf(bytes)).not.toBeNull()
  mkdirSync(path.dirname(path.join(STORAGE, original)), { recursive: true })
  writeFileSync(path.join(STORAGE, original), bytes)
  return { original, sha256: createHash('sha256').update(bytes).digest('hex') }
}

beforeAll(async () => {
  const unit = await createUnit(sql)
  const { campaignId, unitId, contactId: uploader } = unit
  const [colleague] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('同单位联系人') returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${colleague!.id}, ${campaignId}, 'unit_contact', ${unitId})`
  const [organiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('组织方') returning id`
  await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!.id}, ${campaignId}, 'organiser')`
  const activityId = await createActivity(sql, unit, { startsIn: -180, endsIn: -60 })
  const deadline = async (kind: string, title: string) =>
    (await sql<{ id: string }[]>`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, ${kind}, ${title}, now() + interval '20 days') returning id`)[0]!.id
  const deadlines = { photos: await deadline('photos', '照片报送'), showcase: await deadline('showcase_application', '附件1'), report: await deadline('report', '总结报告'), weekly: await deadline('weekly_stats', '周报') }
  const pictures: TSeeded['pictures'] = new Map()

  // An activity photo, handed in, checked: the unit's photo pages, the review queue, the 照片 cell.
  const a = await storeOriginal(campaignId, unitId, 1)
  const [photo] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, uploaded_by, handed_in_at)
    values (${campaignId}, ${unitId}, 'activity', ${activityId}, ${a.original}, ${a.sha256}, 1000, ${uploader}, now()) returning id`
  const [job] = await sql<{ id: string }[]>`insert into photo_check_jobs (photo_id, sha256, status) values (${photo!.id}, ${a.sha256}, 'done') returning id`
  await sql`insert into photo_check_results (photo_id, job_id, verdict, engine_version) values (${photo!.id}, ${job!.id}, 'needs_review', 'fixture')`
  pictures.set(photo!.id, { table: 'photos', ...a })

  // A showcase picture (附件1 form and its cell).
  const [showcase] = await sql<{ id: string }[]>`
    insert into showcase_applications (campaign_id, unit_id, project_name, deadline_id, created_by) values (${campaignId}, ${unitId}, '护河行动', ${deadlines.showcase}, ${uploader}) returning id`
  const s = await storeOriginal(campaignId, unitId, 2)
  const [showcasePicture] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, showcase_application_id, showcase_position, storage_path, sha256, byte_size, mime_type, uploaded_by)
    values (${campaignId}, ${unitId}, 'showcase', ${showcase!.id}, 1, ${s.original}, ${s.sha256}, 1000, 'image/jpeg', ${uploader}) returning id`
  pictures.set(showcasePicture!.id, { table: 'photos', ...s })

  // A report picture (the unit's 报告 page and its cell).
  const [report] = await sql<{ id: string }[]>`
    insert into reports (campaign_id, unit_id, deadline_id, kind, title, body) values (${campaignId}, ${unitId}, ${deadlines.report}, 'report', '三月总结', '正文') returning id`
  const r = await storeOriginal(campaignId, unitId, 3)
  const [reportPicture] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, report_id, storage_path, sha256, byte_size, caption, uploaded_by)
    values (${campaignId}, ${unitId}, 'report', ${report!.id}, ${r.original}, ${r.sha256}, 1000, '现场', ${uploader}) returning id`
  pictures.set(reportPicture!.id, { table: 'photos', ...r })

  // A 新闻稿 picture of a weekly return (the unit's 周报 page and its cell).
  const [submission] = await sql<{ id: string }[]>`
    insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, body) values (${campaignId}, ${unitId}, ${deadlines.weekly}, 'weekly_stats', '新闻稿') returning id`
  const w = await storeOriginal(campaignId, unitId, 4)
  const [statsPicture] = await sql<{ id: string }[]>`
    insert into weekly_stats_pictures (submission_id, campaign_id, unit_id, storage_path, sha256, byte_size, uploaded_by)
    values (${submission!.id}, ${campaignId}, ${unitId}, ${w.original}, ${w.sha256}, 1000, ${uploader}) returning id`
  pictures.set(statsPicture!.id, { table: 'weekly_stats_pictures', ...w })

  seeded = { campaignId, unitId, activityId, deadlines, showcaseId: showcase!.id, uploader, colleague: colleague!.id, organiser: organiser!.id, pictures }
})

/** Every read path that shows these pictures, as the person who would open it. */
function readPaths(s: TSeeded): Array<{ name: string; path: string; as: string }> {
  const cell = (deadlineId: string) => `/api/campaigns/${s.campaignId}/status/cell?unitId=${s.unitId}&deadlineId=${deadlineId}`
  return [
    { name: 'unit photo list', path: `/api/units/${s.unitId}/photos`, as: s.colleague },
    { name: 'activity photos', path: `/api/photos?activityId=${s.activityId}`, as: s.colleague },
    { name: 'review queue', path: `/api/campaigns/${s.campaignId}/photo-review?state=all&review=all`, as: s.organiser },
    { name: 'status detail: photos', path: cell(s.deadlines.photos), as: s.organiser },
    { name: 'status detail: showcase', path: cell(s.deadlines.showcase), as: s.organiser },
    { name: 'status detail: report', path: cell(s.deadlines.report), as: s.organiser },
    { name: 'status detail: weekly stats', path: cell(s.deadlines.weekly), as: s.organiser },
    { name: 'reports', path: `/api/units/${s.unitId}/reports?deadlineId=${s.deadlines.report}`, as: s.colleague },
    { name: 'showcase form', path: `/api/showcase/${s.showcaseId}`, as: s.colleague },
    { name: 'showcase list', path: `/api/units/${s.unitId}/showcase`, as: s.colleague },
    { name: 'weekly stats', path: `/api/units/${s.unitId}/weekly-stats?deadlineId=${s.deadlines.weekly}`, as: s.colleague },
  ]
}

/** Reads every path; returns what each answered and every picture it links to, fetched. */
async function readEverything(s: TSeeded): Promise<Array<{ name: string; text: string; files: Buffer[] }>> {
  const out: Array<{ name: string; text: string; files: Buffer[] }> = []
  for (const read of readPaths(s)) {
    const reply = await api(read.path, { token: tokenFor(read.as) })
    expect({ name: read.name, status: reply.status }).toEqual({ name: read.name, status: 200 })
    const text = JSON.stringify(reply.body)
    const urls = [...text.matchAll(/https?:\/\/[^"]+\/_storage\/object\/[^"]+/g)].map((m) => m[0].replace(/\\u0026/g, '&'))
    const files = await Promise.all(urls.map(async (url) => Buffer.from(await (await fetch(url)).arrayBuffer())))
    out.push({ name: read.name, text, files })
  }
  return out
}

async function tick(): Promise<{ shownCopiesMade: number }> {
  const reply = await api('/api/cron/tick')
  expect(reply.status).toBe(200)
  return reply.body as { shownCopiesMade: number }
}

async function copiesOf(s: TSeeded): Promise<Map<string, { display_path: string | null; attempts: number }>> {
  const ids = [...s.pictures.keys()]
  const rows = await sql<{ id: string; display_path: string | null; attempts: number }[]>`
    select id, display_path, display_copy_attempts as attempts from photos where id = any(${ids}::uuid[])
    union all
    select id, display_path, display_copy_attempts from weekly_stats_pictures where id = any(${ids}::uuid[])`
  return new Map(rows.map((row) => [row.id, row]))
}

it('before the back-fill, no read path gives anyone the original: the picture is left out', async () => {
  const originals = [...seeded.pictures.values()]
  for (const read of await readEverything(seeded)) {
    for (const { original } of originals) expect({ read: read.name, leaks: read.text.includes(original) }).toEqual({ read: read.name, leaks: false })
    for (const id of seeded.pictures.keys()) expect({ read: read.name, listed: read.text.includes(id) }).toEqual({ read: read.name, listed: false })
    for (const bytes of read.files) {
      expect(originals.map((o) => o.sha256)).not.toContain(createHash('sha256').update(bytes).digest('hex'))
      expect(await gpsOf(bytes)).toBeNull()
    }
  }
  // Its uploader alone is shown their own original (so an upload no copy can be made of still shows its verdict).
  const own = await api(`/api/photos?activityId=${seeded.activityId}`, { token: tokenFor(seeded.uploader) })
  expect(JSON.stringify(own.body)).toContain([...seeded.pictures.keys()][0])
  // The photo itself, to anyone else: 处理中, not the original.
  const [photoId] = [...seeded.pictures.keys()]
  const one = await api(`/api/photos/${photoId}`, { token: tokenFor(seeded.colleague) })
  expect(one.status).toBe(404)
  expect(JSON.stringify(one.body)).toContain('处理中')
  expect(JSON.stringify(one.body)).not.toContain(seeded.pictures.get(photoId!)!.original)
})

it('the back-fill (two ticks at once) makes each copy once, without GPS, and the read paths show it', async () => {
  await Promise.all([tick(), tick()])
  // Other tests' rows may be ahead in the queue: a few more ticks until ours are reached.
  for (let i = 0; i < 10 && [...(await copiesOf(seeded)).values()].some((row) => row.display_path === null); i += 1) await tick()
  const copies = await copiesOf(seeded)
  expect(copies.size).toBe(seeded.pictures.size)
  for (const [id, picture] of seeded.pictures) {
    const row = copies.get(id)!
    // Claimed exactly once though two ticks ran side by side.
    expect({ id, attempts: row.attempts, copied: row.display_path !== null }).toEqual({ id, attempts: 1, copied: true })
    expect(row.display_path).not.toBe(picture.original)
    const copy = storedFile(row.display_path!)
    expect(await gpsOf(copy)).toBeNull()
    expect(await exifr.parse(copy).catch(() => undefined)).toBeUndefined()
    // The original itself is kept as it was (private, for the checker and the official packages).
    expect(await gpsOf(storedFile(picture.original))).not.toBeNull()
  }
  // A tick more makes nothing for them again.
  await tick()
  for (const [id, row] of await copiesOf(seeded)) expect({ id, attempts: row.attempts }).toEqual({ id, attempts: 1 })

  const originals = [...seeded.pictures.values()]
  const reads = await readEverything(seeded)
  for (const read of reads) {
    for (const { original } of originals) expect({ read: read.name, leaks: read.text.includes(original) }).toEqual({ read: read.name, leaks: false })
    for (const bytes of read.files) {
      expect(originals.map((o) => o.sha256)).not.toContain(createHash('sha256').update(bytes).digest('hex'))
      expect(await gpsOf(bytes)).toBeNull()
    }
  }
  // Now each picture is shown where it belongs.
  const shown = (name: string) => reads.find((read) => read.name === name)!
  for (const [name, count] of [['unit photo list', 1], ['review queue', 1], ['status detail: photos', 1], ['status detail: showcase', 1], ['status detail: report', 1], ['status detail: weekly stats', 1], ['reports', 1], ['showcase form', 1], ['weekly stats', 1]] as const) {
    expect({ name, files: shown(name).files.length }).toEqual({ name, files: count })
  }
  const [photoId] = [...seeded.pictures.keys()]
  expect((await api(`/api/photos/${photoId}`, { token: tokenFor(seeded.colleague) })).status).toBe(200)
})

it('takes a claim again once its dead worker\'s lease ran out; gives up an unreadable original after three attempts', async () => {
  const { campaignId, unitId, activityId, uploader } = seeded
  const crashed = await storeOriginal(campaignId, unitId, 5)
  const [photo] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, uploaded_by, display_copy_attempts, display_copy_leased_until)
    values (${campaignId}, ${unitId}, 'activity', ${activityId}, ${crashed.original}, ${crashed.sha256}, 1000, ${uploader}, 1, now() + interval '5 minutes') returning id`
  const missing = `${campaignId}/${unitId}/${randomUUID()}.jpg`
  const [lost] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, uploaded_by)
    values (${campaignId}, ${unitId}, 'activity', ${activityId}, ${missing}, ${'0'.repeat(64)}, 1000, ${uploader}) returning id`
  const state = async (id: string) => (await sql<{ display_path: string | null; attempts: number; error: string | null }[]>`
    select display_path, display_copy_attempts as attempts, display_copy_error as error from photos where id = ${id}`)[0]!

  // Killed after its claim: nobody takes it while the lease runs.
  await tick()
  expect(await state(photo!.id)).toMatchObject({ display_path: null, attempts: 1 })
  // The lease has run out: the next tick takes it and makes the copy.
  await sql`update photos set display_copy_leased_until = now() - interval '1 second' where id = ${photo!.id}`
  for (let i = 0; i < 5 && (await state(photo!.id)).display_path === null; i += 1) await tick()
  const done = await state(photo!.id)
  expect(done).toMatchObject({ attempts: 2, error: null })
  expect(await gpsOf(storedFile(done.display_path!))).toBeNull()

  // The original is not in storage: three attempts (each retried once its wait is over), then left alone.
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await sql`update photos set display_copy_leased_until = now() - interval '1 second' where id = ${lost!.id} and display_copy_leased_until is not null`
    for (let i = 0; i < 5 && (await state(lost!.id)).attempts < Math.min(attempt, 3); i += 1) await tick()
  }
  const given = await state(lost!.id)
  expect(given).toMatchObject({ display_path: null, attempts: 3 })
  expect(given.error).toEqual(expect.any(String))
  expect(existsSync(path.join(STORAGE, ...missing.replace(/\.jpg$/, '.display.jpg').split('/')))).toBe(false)
  // Still left out, never shown as anything.
  const listed = await api(`/api/photos?activityId=${activityId}`, { token: tokenFor(seeded.colleague) })
  expect(JSON.stringify(listed.body)).not.toContain(lost!.id)
  expect(JSON.stringify(listed.body)).toContain(photo!.id)
})
