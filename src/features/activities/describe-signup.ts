/**
 * Where sign-up stands, in the words of the badge on cards, the detail page and 我的活动. Shared by
 * the native `signup-badge` mini-program component and its H5 stand-in, so both say the same.
 *
 * Inputs are plain strings and numbers because a native component's properties cannot carry
 * null: `mine` '' = not registered; `rank` / `waitlistCount` 0 = unknown or none.
 */
export type SignupTone = 'open' | 'waitlist' | 'closed' | 'cancelled' | 'confirmed' | 'waiting'

export interface SignupDescription {
  text: string
  tone: SignupTone
}

export function describeSignup(state: string, mine: string, rank: number, waitlistCount: number): SignupDescription {
  if (mine === 'confirmed') return { text: '已报名', tone: 'confirmed' }
  if (mine === 'waitlisted') {
    const place = Math.floor(Number(rank) || 0)
    return { text: place > 0 ? `候补第 ${place} 位` : '候补中', tone: 'waiting' }
  }
  switch (state) {
    case 'open':
      return { text: '可报名', tone: 'open' }
    case 'waitlist': {
      const waiting = Math.floor(Number(waitlistCount) || 0)
      return { text: waiting > 0 ? `已满 · ${waiting} 人候补` : '已满 · 可候补', tone: 'waitlist' }
    }
    case 'closed':
      return { text: '报名截止', tone: 'closed' }
    case 'ended':
      return { text: '已结束', tone: 'closed' }
    case 'cancelled':
      return { text: '已取消', tone: 'cancelled' }
    default:
      return { text: '', tone: 'closed' }
  }
}
