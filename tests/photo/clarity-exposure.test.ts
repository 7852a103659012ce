import sharp from 'sharp'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { differenceHash, hammingDistance } from '../../cloud/lib/photo-check/reuse/perceptual-hash'
import { checkClarity } from '../../cloud/lib/photo-check/rules/clarity-rule'
import { checkExposure } from '../../cloud/lib/photo-check/rules/exposure-rule'
import { greyOf, shake, texturedScene } from './helpers'

/** The two working copies the clarity rule reads: the 1024-px grey copy and the colour copy at the photo's size. */
async function photoOf(image: Buffer) {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { grey: await greyOf(image), colour: { data, width: info.width, height: info.height }, width: info.width, height: info.height }
}

// Generated scenes: these run on a fresh clone without the shared evaluation photos.
describe('clarity and exposure on generated scenes', () => {
  let scene: Buffer
  beforeAll(async () => {
    scene = await texturedScene()
  })

  it('passes a sharp scene', async () => {
    expect(checkClarity(await photoOf(scene), PHOTO_CHECK_CONFIG.clarity).status).toBe('pass')
  })

  it('fails a Gaussian blur and a soft focus', async () => {
    for (const sigma of [6, 3]) {
      const rule = checkClarity(await photoOf(await sharp(scene).blur(sigma).toBuffer()), PHOTO_CHECK_CONFIG.clarity)
      expect({ sigma, status: rule.status, reason: rule.reason }).toEqual({ sigma, status: 'fail', reason: 'blurred' })
    }
  })

  it('fails a horizontal camera shake, which a Laplacian variance alone lets through', async () => {
    const rule = checkClarity(await photoOf(await shake(scene, 11)), PHOTO_CHECK_CONFIG.clarity)
    expect(rule.status).toBe('fail')
    expect(rule.message).toContain('抖动')
    expect(rule.details?.laplacianVariance as number).toBeGreaterThan(PHOTO_CHECK_CONFIG.clarity.laplacianFail)
  })

  it('fails a black photo, passes a dim one', async () => {
    const dark = await sharp(scene).linear(0.12, 0).toBuffer()
    const dim = await sharp(scene).linear(0.55, 0).toBuffer()
    expect(checkExposure(await greyOf(dark), PHOTO_CHECK_CONFIG.exposure)).toMatchObject({ status: 'fail', reason: 'too_dark' })
    expect(checkExposure(await greyOf(dim), PHOTO_CHECK_CONFIG.exposure).status).toBe('pass')
    // Sharpness is judged on a contrast-normalised copy: a dim photo is not "blurred".
    expect(checkClarity(await photoOf(dim), PHOTO_CHECK_CONFIG.clarity).status).toBe('pass')
  })

  it('fails a blown-out photo', async () => {
    const bright = await sharp(scene).linear(1, 200).toBuffer()
    expect(checkExposure(await greyOf(bright), PHOTO_CHECK_CONFIG.exposure)).toMatchObject({ status: 'fail', reason: 'too_bright' })
  })

  it('gives the same perceptual hash to a resized, re-compressed copy and a different one to another scene', async () => {
    const original = differenceHash(await greyOf(scene))
    const copy = differenceHash(await greyOf(await sharp(scene).resize(600).jpeg({ quality: 40 }).toBuffer()))
    const other = differenceHash(await greyOf(await texturedScene(1200, 800, 7)))
    expect(hammingDistance(original, copy)).toBeLessThanOrEqual(PHOTO_CHECK_CONFIG.reuse.maxHammingDistance)
    expect(hammingDistance(original, other)).toBeGreaterThan(16)
  })
})
