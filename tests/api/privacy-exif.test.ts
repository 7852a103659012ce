import exifr from 'exifr'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import sharp from 'sharp'
import { ZExportResponse } from '../../types/api/common'
import { ZCreatePhotoUploadResponse, ZListPhotosResponse, ZPhoto } from '../../types/api/photos'
import { ZPhotoReviewQueueResponse } from '../../types/api/photo-review'
import { ZShowcaseApplication } from '../../types/api/showcase'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { stripImageMetadata } from '../../cloud/lib/pictures/strip-image-metadata'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, tokenFor } from '../setup/journey'

/**
 * EXIF GPS never in a copy someone other than the uploader can fetch (issue 12, Privacy): a JPEG
 * carrying GPS goes through the real upload of each kind, and every copy served — the unit's photo
 * pages, the organiser's review queue, the showcase form, the unit's and the organiser's picture
 * packages — is read back with exifr. The original in storage keeps its GPS (it is private).
 */
const sql = connectTestDb()
afterAll(() => sql.end())

const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' }

/** Random noise (does not compress: big files) with a camera's EXIF including a GPS position. */
async function jpegWithGps(seed: number, width: number, height: number, orientation?: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let state = seed * 2654435761
  for (let i = 0; i < pixels.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0
    pixels[i] = state >>> 24
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 })
  const withExif = image.withExif({ IFD0: { Make: 'TestPhone', Model: 'GPS 1' }, IFD3: GPS })
  const bytes = await withExif.toBuffer()
  return orientation ? sharp(bytes).withMetadata({ orientation }).withExif({ IFD0: { Make: 'TestPhone' }, IFD3: GPS }).jpeg({ quality: 95 }).toBuffer() : bytes
}

async function gpsOf(bytes: Buffer): Promise<unknown> {
  return (await exifr.gps(bytes).catch(() => undefined)) ?? null
}

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url)
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

function storedFile(objectPath: string): Buffer {
  return readFileSync(path.join(process.env.TEST_DATA_DIR ?? '', 'storage', ...objectPath.split('/')))
}

describe('the metadata stripper', () => {
  it('drops GPS from JPEG and PNG losslessly and keeps a JPEG upright', async () => {
    const plain = await jpegWithGps(1, 64, 48)
    expect(await gpsOf(plain)).toMatchObject({ latitude: expect.any(Number) })
    const stripped = await stripImageMetadata(plain)
    expect(await gpsOf(stripped)).toBeNull()
    expect(await exifr.parse(stripped).catch(() => undefined)).toBeUndefined()
    // Same picture data: the decoded pixels are identical.
    expect((await sharp(stripped).raw().toBuffer()).equals(await sharp(plain).raw().toBuffer())).toBe(true)

    const rotated = await jpegWithGps(2, 64, 48, 6)
    expect((await sharp(rotated).metadata()).orientation).toBe(6)
    const upright = await stripImageMetadata(rotated)
    expect(await gpsOf(upright)).toBeNull()
    expect((await sharp(upright).metadata()).orientation).toBe(6)

    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#336699' } }).png().withExif({ IFD3: GPS }).toBuffer()
    expect(await gpsOf(png)).not.toBeNull()
    const pngOut = await stripImageMetadata(png)
    expect(await gpsOf(pngOut)).toBeNull()
    expect((await sharp(pngOut).raw().toBuffer()).equals(await sharp(png).raw().toBuffer())).toBe(true)
  })
})

describe('every copy served to others is without GPS', () => {
  it('activity photos: the unit\'s pages and the organiser\'s review queue', async () => {
    const unit = await createUnit(sql)
    const [organiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('组织方') returning id`
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!.id}, ${unit.campaignId}, 'organiser')`
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -30 })
    const token = tokenFor(unit.contactId)
    const original = await jpegWithGps(3, 900, 700)
    expect(await gpsOf(original)).not.toBeNull()

    const signed = ZCreatePhotoUploadResponse.parse((await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: original.length } })).body)
    expect((await fetch(signed.uploadUrl, { method: 'PUT', body: original, headers: { 'content-type': 'image/jpeg' } })).status).toBe(200)
    const recorded = await api('/api/photos', { token, body: { activityId, path: signed.path } })
    expect(recorded.status).toBe(200)
    const photo = ZPhoto.parse(recorded.body)
    // The original stays as uploaded, GPS and all: private, never handed out.
    expect(await gpsOf(storedFile(signed.path))).not.toBeNull()
    expect(photo.url).not.toContain(signed.path)

    const served: string[] = [photo.url]
    served.push(ZPhoto.parse((await api(`/api/photos/${photo.id}`, { token })).body).url)
    const listed = ZListPhotosResponse.parse((await api(`/api/photos?activityId=${activityId}`, { token })).body)
    served.push(...listed.items.map((item) => item.url))
    const queue = await api(`/api/campaigns/${unit.campaignId}/photo-review?state=all&review=all`, { token: tokenFor(organiser!.id) })
    expect(queue.status).toBe(200)
    const items = ZPhotoReviewQueueResponse.parse(queue.body).items
    expect(items.length).toBe(1)
    served.push(...items.map((item) => item.photo.url))
    expect(served.length).toBeGreaterThanOrEqual(4)
    for (const url of served) {
      const bytes = await fetchBytes(url)
      expect(await gpsOf(bytes)).toBeNull()
    }
  })

  it('showcase pictures: the form, the unit\'s package and the organiser\'s package', async () => {
    const unit = await createUnit(sql)
    await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${unit.campaignId}, 'showcase_application', '附件1', now() + interval '30 days')`
    const [organiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('组织方') returning id`
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!.id}, ${unit.campaignId}, 'organiser')`
    const token = tokenFor(unit.contactId)
    const created = await api(`/api/units/${unit.unitId}/showcase`, { token, body: { form: { projectName: '河小青护河行动' } } })
    expect(created.status).toBe(200)
    const application = ZShowcaseApplication.parse(created.body)

    const original = await jpegWithGps(4, 1400, 1000)
    expect(original.length).toBeGreaterThan(1024 * 1024)
    const asked = ZCreateUploadResponse.parse((await api('/api/uploads', { token, body: { unitId: unit.unitId, purpose: 'showcase_picture', contentType: 'image/jpeg', byteSize: original.length } })).body)
    expect((await fetch(asked.uploadUrl, { method: 'PUT', body: original, headers: { 'content-type': 'image/jpeg' } })).status).toBe(200)
    const added = await api(`/api/showcase/${application.id}/pictures`, { token, body: { path: asked.path } })
    expect(added.status).toBe(200)
    expect(await gpsOf(storedFile(asked.path))).not.toBeNull()

    // The form's picture (display copy).
    const form = ZShowcaseApplication.parse(added.body)
    expect(form.pictures.length).toBe(1)
    expect(await gpsOf(await fetchBytes(form.pictures[0]!.url))).toBeNull()

    // The unit's package: the original's picture data and size, without GPS.
    const unitPackage = ZExportResponse.parse((await api(`/api/units/${unit.unitId}/showcase-pictures-export`, { token, body: {} })).body)
    const unitZip = await JSZip.loadAsync(await fetchBytes(unitPackage.url))
    const unitFiles = Object.values(unitZip.files).filter((file) => !file.dir)
    expect(unitFiles).toHaveLength(1)
    const packaged = await unitFiles[0]!.async('nodebuffer')
    expect(await gpsOf(packaged)).toBeNull()
    expect(packaged.length).toBeGreaterThan(1024 * 1024)
    expect((await sharp(packaged).raw().toBuffer()).equals(await sharp(original).raw().toBuffer())).toBe(true)

    // The organiser's package of handed-in projects.
    await sql`update showcase_applications set status = 'submitted', submitted_at = now() where id = ${application.id}`
    const exported = await api(`/api/campaigns/${unit.campaignId}/exports/showcase-pictures`, { token: tokenFor(organiser!.id), body: {} })
    expect(exported.status).toBe(200)
    const cityZip = await JSZip.loadAsync(await fetchBytes(ZExportResponse.parse(exported.body).url))
    const cityFiles = Object.values(cityZip.files).filter((file) => !file.dir)
    expect(cityFiles).toHaveLength(1)
    expect(await gpsOf(await cityFiles[0]!.async('nodebuffer'))).toBeNull()
  })
})
