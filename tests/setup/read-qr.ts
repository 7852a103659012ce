import jsQR from 'jsqr'
import type { Page } from 'playwright-core'

/**
 * Reads a QR code shown as an <img> the way a camera would: its pixels, drawn at `side` × `side`,
 * through an independent decoder. The RGBA bytes cross from the page as base64: an array of
 * numbers that size takes seconds.
 */
export async function readQrOnPage(page: Page, selector: string, side = 300): Promise<string | null> {
  const base64 = await page
    .locator(selector)
    .first()
    .evaluate(async (img, size) => {
      if (!(img instanceof HTMLImageElement)) return null
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = size
      canvas.height = size
      const ctx = canvas.getContext('2d')
      if (!ctx) return null
      ctx.drawImage(img, 0, 0, size, size)
      const bytes = ctx.getImageData(0, 0, size, size).data
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    }, side)
  if (!base64) return null
  return jsQR(new Uint8ClampedArray(Buffer.from(base64, 'base64')), side, side)?.data ?? null
}
