import type { DrawContext } from '../../shared/canvas'

/** Height ÷ width of the certificate: a portrait sheet, close to A4. */
export const CERTIFICATE_ASPECT = 1.42

export interface CertificateContent {
  realName: string
  totalHours: string
  activityCount: number
  /** Titles of the activities served, newest first. */
  activities: string[]
  serialNo: string
  /** 2027年3月31日 */
  issuedDate: string
  /** The campaign the hours were served in, e.g. 2027年连云港市学雷锋志愿服务活动「关爱他人 关爱社会 关爱自然」. */
  campaignName: string
  /** Who issues it: the campaign's organisers as its notice names them (one line each). */
  issuers: string[]
}

const RED = '#c81e34'
const INK = '#1f2329'
const MUTED = '#6b7280'
const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

/**
 * Draws the 服务证明 in CSS pixels, sized by `width` (the layout scales with it). The same drawing
 * runs on weapp's 2d canvas (then saved to the album) and on a browser canvas (H5 shows it as an
 * image that can be long-pressed).
 */
export function drawCertificate(ctx: DrawContext, width: number, height: number, content: CertificateContent): void {
  const u = width / 100 // one layout unit
  ctx.fillStyle = '#fffdf7'
  ctx.fillRect(0, 0, width, height)
  // Double border, the outer one red.
  ctx.strokeStyle = RED
  ctx.lineWidth = u * 1.2
  ctx.strokeRect(u * 3, u * 3, width - u * 6, height - u * 6)
  ctx.lineWidth = u * 0.3
  ctx.strokeRect(u * 5, u * 5, width - u * 10, height - u * 10)

  ctx.textAlign = 'center'
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = RED
  ctx.font = `bold ${u * 8}px ${FONT}`
  ctx.fillText('志愿服务证明', width / 2, u * 20)
  ctx.fillStyle = MUTED
  ctx.font = `${u * 3.2}px ${FONT}`
  ctx.fillText(`编号：${content.serialNo}`, width / 2, u * 26)

  ctx.textAlign = 'left'
  ctx.fillStyle = INK
  ctx.font = `${u * 4.2}px ${FONT}`
  let y = u * 38
  ctx.fillText(`${content.realName}：`, u * 11, y)
  y += u * 8
  const body = `兹证明你在${content.campaignName}期间，参加志愿服务活动 ${content.activityCount} 项，累计服务时长 ${content.totalHours} 小时。特发此证，以资鼓励。`
  y = drawWrapped(ctx, body, u * 17, u * 11, y, width - u * 22, u * 7)

  ctx.fillStyle = MUTED
  ctx.font = `${u * 3.4}px ${FONT}`
  y += u * 11
  ctx.fillText('参加的活动：', u * 11, y)
  ctx.fillStyle = INK
  const shown = content.activities.slice(0, 6)
  for (const title of shown) {
    y += u * 5.6
    ctx.fillText(`· ${fitText(ctx, title, width - u * 26)}`, u * 13, y)
  }
  if (content.activities.length > shown.length) {
    y += u * 5.6
    ctx.fillStyle = MUTED
    ctx.fillText(`等共 ${content.activities.length} 项`, u * 13, y)
  }

  // The seal sits over the issuer and the date, as a stamp does; translucent so both stay legible.
  const sealX = width - u * 30
  const sealY = height - u * 16
  ctx.strokeStyle = 'rgba(200, 30, 52, 0.55)'
  ctx.fillStyle = 'rgba(200, 30, 52, 0.55)'
  ctx.lineWidth = u * 0.9
  ctx.beginPath()
  ctx.arc(sealX, sealY, u * 12.5, 0, Math.PI * 2)
  ctx.stroke()
  ctx.lineWidth = u * 0.3
  ctx.beginPath()
  ctx.arc(sealX, sealY, u * 11, 0, Math.PI * 2)
  ctx.stroke()
  ctx.textAlign = 'center'
  ctx.font = `${u * 9}px ${FONT}`
  ctx.fillText('★', sealX, sealY + u * 3)

  // The issuers stack upwards above the date (肇庆's notice has seven: three lines, then 等).
  ctx.textAlign = 'right'
  ctx.fillStyle = INK
  ctx.font = `bold ${u * 3.6}px ${FONT}`
  const issuers = content.issuers.length > 3 ? [...content.issuers.slice(0, 2), `${content.issuers[2] ?? ''}等`] : content.issuers
  issuers.forEach((issuer, index) => {
    ctx.fillText(fitText(ctx, issuer, width - u * 22), width - u * 11, height - u * 16 - (issuers.length - 1 - index) * u * 5)
  })
  ctx.font = `${u * 3.4}px ${FONT}`
  ctx.fillText(content.issuedDate, width - u * 11, height - u * 10.5)
}

/** Wraps CJK text by width, character by character; returns the baseline after the last line. */
function drawWrapped(ctx: DrawContext, text: string, firstIndent: number, left: number, top: number, maxWidth: number, lineHeight: number): number {
  let line = ''
  let y = top
  let indent = firstIndent - left
  for (const char of text) {
    if (ctx.measureText(line + char).width > maxWidth - indent && line) {
      ctx.fillText(line, left + indent, y)
      y += lineHeight
      line = ''
      indent = 0
    }
    line += char
  }
  if (line) ctx.fillText(line, left + indent, y)
  return y
}

/** Shortens text with … until it fits on one line. */
function fitText(ctx: DrawContext, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text
  let cut = text
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1)
  return `${cut}…`
}
