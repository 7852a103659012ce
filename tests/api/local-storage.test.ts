import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { LocalPhotoStorage } from '../../cloud/lib/storage/local-photo-storage'
import { apiUrl } from '../setup/api-client'

/**
 * The embedded default's storage behind the same interface as Supabase Storage: a signed upload
 * URL accepts a PUT of the bytes through the running local server, and a signed read URL returns them.
 * The storage object here shares the server's directory and secret, as getPhotoStorage() would build it.
 */
describe('local photo storage through the local server', () => {
  const secret = require('node:fs').readFileSync(path.join(process.env.TEST_DATA_DIR!, 'session-secret'), 'utf8').trim() as string
  const storage = new LocalPhotoStorage(path.join(process.env.TEST_DATA_DIR!, 'storage'), apiUrl(''), secret)

  it('uploads to a signed URL and reads back the same bytes', async () => {
    const bytes = randomBytes(64 * 1024)
    const upload = await storage.createSignedUploadUrl('test-campaign/unit-a/photo-1.jpg')
    const put = await fetch(upload.url, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })
    expect(put.status).toBe(200)
    const read = await fetch(await storage.createSignedReadUrl(upload.path, 60))
    expect(read.status).toBe(200)
    expect(Buffer.from(await read.arrayBuffer()).equals(bytes)).toBe(true)
    expect((await storage.read(upload.path)).equals(bytes)).toBe(true)
  })

  it('refuses tampered or wrong-path tokens with a JSON 403', async () => {
    const upload = await storage.createSignedUploadUrl('test-campaign/unit-a/photo-2.jpg')
    const other = upload.url.replace('photo-2.jpg', 'photo-3.jpg')
    const response = await fetch(other, { method: 'PUT', body: 'x' })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ code: 'forbidden' })
  })

  it('refuses empty uploads and unsafe paths', async () => {
    const upload = await storage.createSignedUploadUrl('test-campaign/unit-a/photo-4.jpg')
    expect((await fetch(upload.url, { method: 'PUT', body: '' })).status).toBe(400)
    await expect(storage.createSignedUploadUrl('../etc/passwd')).rejects.toThrow('unsafe')
  })
})
