import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { ZCreatePhotoUploadResponse, ZPhoto } from '../../types/api/photos'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, tokenFor } from '../setup/journey'

/**
 * A signed upload URL is single-use (issue 12, item 1): a second PUT is refused before and after the
 * file was recorded, the recorded bytes stay the ones that were checked, and recording the same path
 * again returns the same photo without a new check — or is refused when the stored bytes changed.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

function storedFile(objectPath: string): string {
  return path.join(process.env.TEST_DATA_DIR ?? '', 'storage', ...objectPath.split('/'))
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A small real JPEG; `shade` makes different bytes of the same size class. */
function jpeg(shade: number): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: shade, g: 120, b: 200 - shade } } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

const put = (url: string, bytes: Buffer) => fetch(url, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })

describe('single-use signed upload URLs', () => {
  it('refuses a second PUT, keeps the checked bytes and records the path once', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
    const token = tokenFor(unit.contactId)
    const [original, other, third] = await Promise.all([jpeg(10), jpeg(90), jpeg(170)])
    const signed = ZCreatePhotoUploadResponse.parse(
      (await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: original.length } })).body,
    )
    expect((await put(signed.uploadUrl, original)).status).toBe(200)

    // Before the record: the URL is spent.
    const again = await put(signed.uploadUrl, other)
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({ code: 'upload_already_used', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(readFileSync(storedFile(signed.path)).equals(original)).toBe(true)

    const recorded = await api('/api/photos', { token, body: { activityId, path: signed.path } })
    expect(recorded.status).toBe(200)
    const photo = ZPhoto.parse(recorded.body)
    const [row] = await sql<{ sha256: string; byte_size: number }[]>`select sha256, byte_size from photos where id = ${photo.id}`
    expect(row).toEqual({ sha256: sha256(original), byte_size: original.length })
    // The claim keeps what it read, so anything reading the file later can tell it is the same file.
    const [upload] = await sql<{ sha256: string; byte_size: number }[]>`select sha256, byte_size::int from storage_uploads where path = ${signed.path}`
    expect(upload).toEqual({ sha256: sha256(original), byte_size: original.length })

    // After the record: still refused, still the checked bytes.
    expect((await put(signed.uploadUrl, third)).status).toBe(409)
    expect(readFileSync(storedFile(signed.path)).equals(original)).toBe(true)

    // Recording the same path again is the same photo, and no second check is queued or stored.
    const [before] = await sql<{ n: number }[]>`select count(*)::int as n from photo_check_results where photo_id = ${photo.id}`
    const twice = await api('/api/photos', { token, body: { activityId, path: signed.path } })
    expect(twice.status).toBe(200)
    expect(ZPhoto.parse(twice.body).id).toBe(photo.id)
    const [after] = await sql<{ n: number }[]>`select count(*)::int as n from photo_check_results where photo_id = ${photo.id}`
    expect(after!.n).toBe(before!.n)
    expect(await sql`select id from photo_check_jobs where photo_id = ${photo.id}`).toHaveLength(1)
  })

  it('refuses to re-record a path whose stored bytes no longer match the check', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
    const token = tokenFor(unit.contactId)
    const original = await jpeg(40)
    const signed = ZCreatePhotoUploadResponse.parse(
      (await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: original.length } })).body,
    )
    expect((await put(signed.uploadUrl, original)).status).toBe(200)
    const photo = ZPhoto.parse((await api('/api/photos', { token, body: { activityId, path: signed.path } })).body)
    // Storage replaced behind our back (e.g. a bucket written to outside the app).
    writeFileSync(storedFile(signed.path), await jpeg(220))
    const reply = await api('/api/photos', { token, body: { activityId, path: signed.path } })
    expect(reply).toMatchObject({ status: 409, body: { code: 'upload_replaced' } })
    expect(reply.body.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await sql`select id from photos where storage_path = ${signed.path}`).toEqual([{ id: photo.id }])
  })

  it('makes every purpose single-use, not only photos', async () => {
    const unit = await createUnit(sql)
    const token = tokenFor(unit.contactId)
    const bytes = await jpeg(60)
    const signed = ZCreateUploadResponse.parse(
      (await api('/api/uploads', { token, body: { unitId: unit.unitId, purpose: 'submission_picture', contentType: 'image/jpeg', byteSize: bytes.length } })).body,
    )
    expect((await put(signed.uploadUrl, bytes)).status).toBe(200)
    expect((await put(signed.uploadUrl, bytes)).status).toBe(409)
  })
})
