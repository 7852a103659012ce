import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { TGreyImage } from '../../cloud/lib/photo-check/types'

export const repoRoot = path.resolve(__dirname, '../..')

/** The shared evaluation photos (never copied into the repository); null when this machine has none. */
export function evalDir(): string | null {
  const dir = process.env.PHOTO_EVAL_DIR ?? path.resolve(repoRoot, '../shared/photo-eval')
  return existsSync(path.join(dir, 'labels.json')) ? dir : null
}

export function evalImage(name: string): string {
  return path.join(evalDir() ?? '', 'images', name)
}

/** `describe` that skips, saying why, when a precondition is missing. */
export function describeIf(condition: boolean, why: string): jest.Describe {
  if (!condition) {
    // eslint-disable-next-line no-console
    console.log(`skipped: ${why}`)
    return describe.skip
  }
  return describe
}

/** True when fontconfig knows a Chinese font, so SVG text renders as characters, not boxes. */
export function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
}

/**
 * A "photo" with detail everywhere: random blocks and stripes in several directions, so sharpness
 * measures behave as on a real scene. Seeded, so every run draws the same picture.
 */
export async function texturedScene(width = 1200, height = 800, seed = 1): Promise<Buffer> {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const shapes: string[] = []
  for (let i = 0; i < 260; i++) {
    const x = Math.round(random() * width)
    const y = Math.round(random() * height)
    const w = 10 + Math.round(random() * 90)
    const h = 10 + Math.round(random() * 90)
    const grey = Math.round(random() * 255)
    const hue = Math.round(random() * 360)
    const rotate = Math.round(random() * 180)
    shapes.push(
      random() < 0.5
        ? `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="hsl(${hue},40%,${Math.round((grey / 255) * 80 + 10)}%)" transform="rotate(${rotate} ${x} ${y})"/>`
        : `<circle cx="${x}" cy="${y}" r="${Math.round(w / 2)}" fill="rgb(${grey},${255 - grey},${(grey * 7) % 255})"/>`,
    )
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#8a8f96"/>${shapes.join('')}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 92 }).toBuffer()
}

/** A red banner with white Chinese text, composited onto `scene`. */
export async function withBanner(scene: Buffer, text: string): Promise<Buffer> {
  const meta = await sharp(scene).metadata()
  const width = Math.round((meta.width ?? 1200) * 0.8)
  const height = Math.round((meta.height ?? 800) * 0.1)
  const fontSize = Math.round(height * 0.6)
  const banner = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#c8161d"/>
    <text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif" font-weight="bold" font-size="${fontSize}" fill="#ffe8a0">${text}</text>
  </svg>`
  return sharp(scene)
    .composite([{ input: Buffer.from(banner), left: Math.round((meta.width ?? 1200) * 0.1), top: Math.round((meta.height ?? 800) * 0.7) }])
    .jpeg({ quality: 92 })
    .toBuffer()
}

export async function greyOf(image: Buffer, longSide = 1024): Promise<TGreyImage> {
  const { data, info } = await sharp(image).resize(longSide, longSide, { fit: 'inside' }).greyscale().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Horizontal camera shake: an averaging kernel n wide (sharp wants 3 rows; only the middle one is set). */
export async function shake(image: Buffer, length = 15): Promise<Buffer> {
  const kernel = [...new Array<number>(length).fill(0), ...new Array<number>(length).fill(1), ...new Array<number>(length).fill(0)]
  return sharp(image)
    .convolve({ width: length, height: 3, kernel, scale: length })
    .jpeg({ quality: 92 })
    .toBuffer()
}
