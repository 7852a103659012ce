import sharp from 'sharp'
import { ZCreatePhotoUploadResponse, ZListPhotosResponse, ZPhoto } from '../../types/api/photos'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

/** A sharp, well-exposed picture of texture: a real image that breaks the rules (no banner, nobody in it). */
async function textureJpeg(): Promise<Buffer> {
  const width = 1200
  const height = 900
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = 64 + ((i * 7919) % 97) + ((i >> 4) % 61)
  // With camera metadata, as a phone would write it; people must be shown a copy without it.
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: 'TestPhone', Model: 'X1', Copyright: '测试' } })
    .jpeg({ quality: 90 })
    .toBuffer()
}

describe('activity photos: signed upload, record, check', () => {
  it('uploads straight to storage, checks the photo and explains why it fails', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
    const token = tokenFor(unit.contactId)
    const bytes = await textureJpeg()
    const signed = ZCreatePhotoUploadResponse.parse(
      (await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: bytes.length } })).body,
    )
    const put = await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })
    expect(put.status).toBe(200)
    const recorded = await api('/api/photos', { token, body: { activityId, path: signed.path } })
    expect(recorded.status).toBe(200)
    const photo = ZPhoto.parse(recorded.body)
    expect(photo.status).toBe('failed')
    const banner = photo.rules.find((r) => r.rule === 'theme_banner')
    expect(banner).toMatchObject({ status: 'fail' })
    expect(banner!.hint).toMatch(/[\u4e00-\u9fa5]/)
    expect(photo.rules.find((r) => r.rule === 'people')?.status).toBe('fail')
    expect((await sharp(bytes).metadata()).exif).toBeDefined()
    const shown = Buffer.from(await (await fetch(photo.url)).arrayBuffer())
    expect((await sharp(shown).metadata()).exif).toBeUndefined()
    const list = ZListPhotosResponse.parse((await api(`/api/photos?activityId=${activityId}`, { token })).body)
    expect(list.items.map((p) => p.id)).toEqual([photo.id])
    // Recording the same upload twice is one photo, checked once.
    await api('/api/photos', { token, body: { activityId, path: signed.path } })
    expect(await sql`select id from photos where storage_path = ${signed.path}`).toHaveLength(1)
    expect(await sql`select id from photo_check_results where photo_id = ${photo.id}`).toHaveLength(1)
  }, 60_000)

  it('refuses volunteers and other units, oversized files, wrong types and foreign paths', async () => {
    const unit = await createUnit(sql)
    const other = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
    const [volunteer] = await createVolunteers(sql, 1)
    const ask = (token: string, body: unknown) => api('/api/photos/upload-url', { token, body })
    expect((await ask(tokenFor(volunteer!), { activityId, contentType: 'image/jpeg', byteSize: 1000 })).status).toBe(403)
    expect((await ask(tokenFor(other.contactId), { activityId, contentType: 'image/jpeg', byteSize: 1000 })).status).toBe(403)
    const big = await ask(tokenFor(unit.contactId), { activityId, contentType: 'image/jpeg', byteSize: 21 * 1024 * 1024 })
    expect(big).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(big.body.message).toContain('20 MB')
    expect((await ask(tokenFor(unit.contactId), { activityId, contentType: 'image/gif', byteSize: 1000 })).body.code).toBe('validation_failed')
    const forged = await api('/api/photos', { token: tokenFor(unit.contactId), body: { activityId, path: `${other.campaignId}/${other.unitId}/x/00000000-0000-4000-8000-000000000000.jpg` } })
    expect(forged).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    const missing = await api('/api/photos', {
      token: tokenFor(unit.contactId),
      body: { activityId, path: `${unit.campaignId}/${unit.unitId}/${activityId}/00000000-0000-4000-8000-000000000000.jpg` },
    })
    expect(missing.body.message).toContain('重新上传')
  })

  it('gives a not-an-image upload the error verdict with a Chinese reason, and keeps going', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
    const token = tokenFor(unit.contactId)
    const junk = Buffer.from('这不是图片'.repeat(100))
    const signed = ZCreatePhotoUploadResponse.parse((await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: junk.length } })).body)
    await fetch(signed.uploadUrl, { method: 'PUT', body: junk })
    const photo = ZPhoto.parse((await api('/api/photos', { token, body: { activityId, path: signed.path } })).body)
    expect(photo.status).toBe('error')
    expect(photo.rules.find((r) => r.rule === 'format')?.message).toMatch(/[\u4e00-\u9fa5]/)
  }, 60_000)
})
