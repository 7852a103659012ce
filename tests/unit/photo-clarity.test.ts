import sharp from 'sharp'
import { coarseBlur, edgeSpread } from '../../cloud/lib/photo-check/clarity/edge-spread'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { decodePhoto, type TDecodedPhoto } from '../../cloud/lib/photo-check/decode/decode-photo'
import { checkClarity } from '../../cloud/lib/photo-check/rules/clarity-rule'
import { checkExposure } from '../../cloud/lib/photo-check/rules/exposure-rule'

// Synthetic photos only (no eval images): a seeded scene of crisp shapes, then the README's recipes
// applied to it — mild blur σ = long side / 800, strong blur σ = long side / 110, horizontal shake
// of long side / 55, JPEG quality 20, dimmed to a third of its brightness.
const config = PHOTO_CHECK_CONFIG.clarity

/**
 * Each synthetic photo is drawn, and each photo decoded, once per file: the tests below share
 * scenes and recipes (the sharp photo and its mild blur are judged by two tests at every size).
 * The rules only read what decodePhoto made, so sharing the decoded copies changes no figure.
 */
const drawn = new Map<string, Promise<Buffer>>()
const decodedCopies = new WeakMap<Buffer, Promise<TDecodedPhoto>>()

function scene(width: number, height: number, seed = 5): Promise<Buffer> {
  const key = `${width}x${height}/${seed}`
  if (!drawn.has(key)) drawn.set(key, drawScene(width, height, seed))
  return drawn.get(key)!
}

/** `make` applied to the scene of this size, made once per file under `name`. */
function recipe(width: number, height: number, name: string, make: (base: Buffer) => Promise<Buffer>): Promise<Buffer> {
  const key = `${width}x${height}/${name}`
  if (!drawn.has(key)) drawn.set(key, scene(width, height).then(make))
  return drawn.get(key)!
}

async function drawScene(width: number, height: number, seed: number): Promise<Buffer> {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const unit = width / 1600
  const shapes: string[] = []
  for (let i = 0; i < 320; i++) {
    const x = Math.round(random() * width)
    const y = Math.round(random() * height)
    const w = Math.round((12 + random() * 110) * unit)
    const h = Math.round((12 + random() * 110) * unit)
    const light = Math.round(10 + random() * 80)
    const hue = Math.round(random() * 360)
    shapes.push(
      random() < 0.6
        ? `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="hsl(${hue},45%,${light}%)" transform="rotate(${Math.round(random() * 90)} ${x} ${y})"/>`
        : `<circle cx="${x}" cy="${y}" r="${Math.round(w / 2)}" fill="hsl(${hue},30%,${light}%)"/>`,
    )
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#7d838c"/>${shapes.join('')}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 92 }).toBuffer()
}

function decoded(bytes: Buffer): Promise<TDecodedPhoto> {
  if (!decodedCopies.has(bytes)) {
    decodedCopies.set(
      bytes,
      decodePhoto(bytes, undefined, PHOTO_CHECK_CONFIG).then((outcome) => {
        if (!outcome.ok) throw new Error(outcome.rule.message)
        return outcome.photo
      }),
    )
  }
  return decodedCopies.get(bytes)!
}

const jpeg = (image: sharp.Sharp, quality = 92) => image.jpeg({ quality }).toBuffer()

/** Horizontal camera shake: an averaging kernel `length` pixels wide. */
async function shaken(bytes: Buffer, length: number): Promise<Buffer> {
  const kernel = [...new Array<number>(length).fill(0), ...new Array<number>(length).fill(1), ...new Array<number>(length).fill(0)]
  return jpeg(sharp(bytes).convolve({ width: length, height: 3, kernel, scale: length }))
}

describe('edge width (clarity/edge-spread)', () => {
  it('reads the width of a known blur on crisp edges, in the photo’s own pixels', async () => {
    const base = await scene(1200, 900)
    const widths: number[] = []
    for (const sigma of [0, 1, 2, 3]) {
      const photo = await decoded(sigma ? await jpeg(sharp(base).blur(sigma)) : base)
      const spread = edgeSpread(photo.colour)
      expect(spread.edges).toBeGreaterThan(500)
      widths.push(spread.sharpest!)
    }
    // A pixel-sharp step reads about 0.8; added blur adds in quadrature (a little under, as JPEG and the
    // Gaussian's tails round it: σ = 1 on a 0.77 step adds ≈ 0.3 where the exact sum would add 0.5).
    expect(widths[0]).toBeLessThan(1)
    for (let k = 1; k < widths.length; k++) expect(widths[k]!).toBeGreaterThan(widths[k - 1]! + 0.2)
    expect(widths[3]).toBeGreaterThan(2.2)
  })

  it('reads the same width in dim light (a ratio of gradients does not see brightness)', async () => {
    const mild = await jpeg(sharp(await scene(1200, 900)).blur(1.5))
    const bright = edgeSpread((await decoded(mild)).colour).sharpest!
    const dim = edgeSpread((await decoded(await jpeg(sharp(mild).linear(0.4, 0)))).colour).sharpest!
    expect(Math.abs(dim - bright)).toBeLessThan(0.15)
  })

  it('measures a strong blur on a shrunken copy, wider along the shake', async () => {
    const base = await scene(1200, 900)
    const blurred = coarseBlur((await decoded(await jpeg(sharp(base).blur(10)))).grey)!
    expect(blurred.sigmaAlongX).toBeGreaterThan(4)
    expect(blurred.sigmaAlongY).toBeGreaterThan(4)
    const shake = coarseBlur((await decoded(await shaken(base, 25))).grey)!
    expect(shake.sigmaAlongX).toBeGreaterThan(2 * shake.sigmaAlongY)
    expect(coarseBlur((await decoded(base)).grey)!.sigmaAlongX).toBeLessThan(2)
  })
})

describe('the clarity rule on the recipes', () => {
  for (const [width, height] of [
    [1600, 1200],
    [1024, 768],
    [3000, 2000],
  ] as const) {
    describe(`${width} × ${height}`, () => {
      const long = Math.max(width, height)
      let base: Buffer
      beforeAll(async () => {
        base = await scene(width, height)
      })

      it('passes the sharp photo, its JPEG-q20 and its dimmed copies', async () => {
        for (const [name, bytes] of [
          ['sharp', base],
          ['jpeg q20', await jpeg(sharp(base), 20)],
          ['dim', await jpeg(sharp(base).linear(0.35, 0))],
        ] as const) {
          const rule = checkClarity(await decoded(bytes), config)
          expect({ name, status: rule.status }).toEqual({ name, status: 'pass' })
          expect(rule.details?.relativeBlur as number).toBeLessThan(config.mildBlurReviewShare)
        }
      })

      const blurredCopy = (sigma: number) => (sigma ? recipe(width, height, `blur ${sigma}`, (b) => jpeg(sharp(b).blur(sigma))) : scene(width, height))

      it('sends the mild blur (σ = long side / 800) to review as mild_blur, decided by the edge width', async () => {
        const rule = checkClarity(await decoded(await blurredCopy(long / 800)), config)
        expect(rule).toMatchObject({ status: 'review', reason: 'mild_blur' })
        expect(rule.details).toMatchObject({ decidedBy: 'edge_width' })
        expect(rule.hint).toBeTruthy()
      })

      it('fails strong blur and camera shake as blurred, saying which', async () => {
        const blurred = checkClarity(await decoded(await jpeg(sharp(base).blur(long / 110))), config)
        expect(blurred).toMatchObject({ status: 'fail', reason: 'blurred' })
        const shake = checkClarity(await decoded(await shaken(base, Math.round(Math.min(long, 2048) / 55))), config)
        expect(shake).toMatchObject({ status: 'fail', reason: 'blurred' })
        expect(shake.message).toContain('抖动')
        expect(blurred.details?.blurWidthOriginalPx as number).toBeGreaterThan(long / 300)
      })

      it('orders blur: sharp ≤ half the mild blur < mild < twice the mild blur', async () => {
        const shares: number[] = []
        for (const sigma of [0, long / 1600, long / 800, long / 400]) {
          const rule = checkClarity(await decoded(await blurredCopy(sigma)), config)
          shares.push(rule.details?.relativeBlur as number)
        }
        // Under a pixel, a blur hides in the pixels themselves: half the mild blur may still read as sharp.
        expect(shares[1]!).toBeGreaterThanOrEqual(shares[0]!)
        expect(shares[2]!).toBeGreaterThan(shares[1]!)
        expect(shares[3]!).toBeGreaterThan(shares[2]!)
      })
    })
  }

  it('keeps a mild blur in dim light for review (dim light neither hides nor adds blur)', async () => {
    const base = await scene(1600, 1200)
    const rule = checkClarity(await decoded(await jpeg(sharp(base).blur(2).linear(0.4, 0))), config)
    expect(rule).toMatchObject({ status: 'review', reason: 'mild_blur' })
  })

  it('records every figure, the thresholds it was compared with and what decided', async () => {
    const rule = checkClarity(await decoded(await scene(1024, 768)), config)
    expect(rule.details).toMatchObject({
      thresholds: {
        blurEffectFail: config.blurEffectFail,
        blurEffectReview: config.blurEffectReview,
        laplacianFail: config.laplacianFail,
        anisotropyReview: config.anisotropyReview,
        relativeBlurReview: config.mildBlurReviewShare,
        minExtraBlurPx: config.minExtraBlurPx,
      },
      decidedBy: null,
      measuredLongSide: 1024,
    })
    for (const key of ['blurEffectHorizontal', 'laplacianVariance', 'edgeWidthPx', 'relativeBlur', 'extraBlurPx']) expect(typeof rule.details?.[key]).toBe('number')
  })
})

describe('the exposure rule records what decided', () => {
  it('too dark by its highlights, fine when dim, too bright when blown out', async () => {
    const base = await scene(1024, 768)
    const dark = checkExposure((await decoded(await jpeg(sharp(base).linear(0.12, 0)))).grey, PHOTO_CHECK_CONFIG.exposure)
    expect(dark).toMatchObject({ status: 'fail', reason: 'too_dark' })
    expect(['dark_mean_and_highlights', 'no_highlights']).toContain(dark.details?.decidedBy)
    const dim = checkExposure((await decoded(await jpeg(sharp(base).linear(0.6, 0)))).grey, PHOTO_CHECK_CONFIG.exposure)
    expect(dim).toMatchObject({ status: 'pass', details: { decidedBy: null, thresholds: { darkMean: PHOTO_CHECK_CONFIG.exposure.darkMean } } })
    const bright = checkExposure((await decoded(await jpeg(sharp(base).linear(1, 200)))).grey, PHOTO_CHECK_CONFIG.exposure)
    expect(bright).toMatchObject({ status: 'fail', reason: 'too_bright' })
  })
})
