import { inviteExpiry } from '../../cloud/lib/invites/invite-expiry'
import { generateInviteCode } from '../../cloud/lib/invites/generate-invite-code'
import { parseTerminalQr, renderTerminalQr } from '../../cloud/scripts/terminal-qr'
import { inviteFromLink } from '../../src/features/auth/invite-from-link'
import { encodeQr } from '../../src/shared/qr/encode-qr'
import { QUIET_ZONE } from '../../src/shared/qr/qr-to-svg'
import { ZJoinRequest } from '../../types/api/auth'
import { INVITE_CODE_ALPHABET } from '../../types/api/invites'

describe('invite codes', () => {
  it('are 8 characters of the unambiguous alphabet, spread over all of it, and do not repeat', () => {
    const codes = Array.from({ length: 20_000 }, generateInviteCode)
    expect(new Set(codes).size).toBe(codes.length)
    const seen = new Map<string, number>()
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
      for (const char of code) seen.set(char, (seen.get(char) ?? 0) + 1)
    }
    // Every letter of the alphabet turns up about as often as the others (160 000 / 32 = 5 000 each).
    expect([...seen.keys()].sort().join('')).toBe([...INVITE_CODE_ALPHABET].sort().join(''))
    for (const count of seen.values()) expect(Math.abs(count - 5000)).toBeLessThan(400)
    // The join form accepts them.
    for (const code of codes.slice(0, 50)) expect(ZJoinRequest.safeParse({ inviteCode: code.toLowerCase() }).success).toBe(true)
  })

  it('expire at the end of the Shanghai day `days` days on, whatever the hour they were issued', () => {
    // 23:30 in Shanghai on 1 March (15:30 UTC): 14 days → works through 15 March, stops at 16 March 00:00 +08:00.
    expect(inviteExpiry(14, new Date('2027-03-01T15:30:00Z')).toISOString()).toBe('2027-03-15T16:00:00.000Z')
    // 00:10 in Shanghai on 2 March (16:10 UTC on 1 March) is already the next Shanghai day.
    expect(inviteExpiry(14, new Date('2027-03-01T16:10:00Z')).toISOString()).toBe('2027-03-16T16:00:00.000Z')
    // Noon on 28 February for 1 day: through 1 March (2027 is no leap year).
    expect(inviteExpiry(1, new Date('2027-02-28T04:00:00Z')).toISOString()).toBe('2027-03-01T16:00:00.000Z')
  })
})

describe('join links', () => {
  it('read the code from ?invite= and from the link WeChat passes as q', () => {
    expect(inviteFromLink({ invite: 'ab3k7mnp' })).toBe('AB3K7MNP')
    expect(inviteFromLink({ q: encodeURIComponent('https://volunteer.example.cn/#/pages/me/index?invite=AB3K7MNP') })).toBe('AB3K7MNP')
    expect(inviteFromLink({ q: encodeURIComponent('https://volunteer.example.cn/#/pages/me/index?from=poster&invite=demou003&x=1') })).toBe('DEMOU003')
    expect(inviteFromLink({ invite: '<script>' })).toBeNull()
    expect(inviteFromLink({ q: encodeURIComponent('https://volunteer.example.cn/#/pages/index/index') })).toBeNull()
    expect(inviteFromLink({})).toBeNull()
  })

  it('print as terminal blocks that read back as the same QR modules', () => {
    const matrix = encodeQr('http://localhost:3000/#/pages/me/index?invite=AB3K7MNP')
    for (const ansi of [false, true]) {
      const grid = parseTerminalQr(renderTerminalQr(matrix, { ansi }))
      matrix.modules.forEach((row, y) => row.forEach((dark, x) => expect(grid[y + QUIET_ZONE]?.[x + QUIET_ZONE]).toBe(dark)))
    }
  })
})
