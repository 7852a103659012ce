const CODE = /^[A-Z0-9]{6,12}$/

/**
 * The invite code a join link carries, from 我的's page parameters: `invite` when the link opened
 * the page (H5 `/#/pages/me/index?invite=…`, or a weapp path with the query), or `q` when WeChat
 * opened the mini-program from a scanned web link (扫普通链接二维码打开小程序 passes the whole URL,
 * encoded, as q). Anything that is not a code shape is ignored.
 */
export function inviteFromLink(params: Partial<Record<string, string>>): string | null {
  const direct = params.invite ? safeDecode(params.invite).trim().toUpperCase() : null
  if (direct && CODE.test(direct)) return direct
  if (params.q) {
    const match = /[?&]invite=([A-Za-z0-9]{6,12})(?:[&#]|$)/.exec(safeDecode(params.q))
    if (match?.[1]) return match[1].toUpperCase()
  }
  return null
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
