import type { DrawContext } from '../../shared/canvas'
import { drawQr } from '../../shared/qr/draw-qr'
import { encodeQr } from '../../shared/qr/encode-qr'
import { spacedCode } from './describe-invite'

/** Height ÷ width of the card: a portrait card that prints and shows well on a phone. */
export const INVITE_CARD_ASPECT = 1.42

export interface InviteCardContent {
  campaignTitle: string
  /** Who the code is for: the unit, 组织方, 海州区区县管理员. */
  target: string
  roleLabel: string
  code: string
  joinUrl: string
  expiry: string
  uses: string
}

const RED = '#c81e34'
const INK = '#1f2329'
const MUTED = '#6b7280'
const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

/**
 * The invite as a picture, in CSS pixels sized by `width`: the same drawing runs on weapp's 2d
 * canvas (saved to the album) and on a browser canvas (H5 shows it as an image to keep).
 */
export function drawInviteCard(ctx: DrawContext, width: number, height: number, card: InviteCardContent): void {
  const u = width / 100
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  ctx.fillStyle = RED
  ctx.fillRect(0, 0, width, u * 25)

  ctx.textAlign = 'center'
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold ${u * 4.6}px ${FONT}`
  drawWrapped(ctx, card.campaignTitle, width / 2, u * 9, width - u * 12, u * 6.2, 2)
  ctx.font = `${u * 3.6}px ${FONT}`
  ctx.fillText(`${card.roleLabel}邀请`, width / 2, u * 21.5)

  ctx.fillStyle = INK
  ctx.font = `bold ${u * 5.6}px ${FONT}`
  const afterTarget = drawWrapped(ctx, card.target, width / 2, u * 34, width - u * 12, u * 7, 2)

  const side = u * 60
  const top = afterTarget
  drawQr(ctx, encodeQr(card.joinUrl), side, (width - side) / 2, top)

  let y = top + side + u * 9
  ctx.fillStyle = RED
  ctx.font = `bold ${u * 8}px ${FONT}`
  ctx.fillText(spacedCode(card.code), width / 2, y)
  y += u * 6.5
  ctx.fillStyle = MUTED
  ctx.font = `${u * 3.4}px ${FONT}`
  ctx.fillText(`${card.expiry} · ${card.uses}`, width / 2, y)
  y += u * 7
  ctx.fillStyle = INK
  ctx.font = `${u * 3.6}px ${FONT}`
  drawWrapped(ctx, '微信扫码，或打开小程序「我的」→ 登录 → 输入邀请码 → 加入', width / 2, y, width - u * 14, u * 5.2, 2)
}

/** Centred text wrapped to `maxWidth`, at most `maxLines` lines; returns the y below the last line. */
function drawWrapped(ctx: DrawContext, text: string, x: number, y: number, maxWidth: number, lineHeight: number, maxLines: number): number {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (ctx.measureText(line + char).width > maxWidth && line) {
      lines.push(line)
      line = char
    } else {
      line += char
    }
  }
  if (line) lines.push(line)
  const shown = lines.slice(0, maxLines)
  if (lines.length > maxLines && shown.length > 0) shown[shown.length - 1] = `${shown[shown.length - 1]!.slice(0, -1)}…`
  shown.forEach((text, index) => ctx.fillText(text, x, y + index * lineHeight))
  return y + (shown.length - 1) * lineHeight + lineHeight
}
