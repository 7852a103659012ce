import { Text } from '@tarojs/components'
import { isWeapp } from '../../../shared/platform'
import { describeSignup } from '../describe-signup'
import './signup-badge.scss'

interface SignupBadgeProps {
  state: string
  /** The caller's own registration, when they have one. */
  mine?: 'confirmed' | 'waitlisted' | null
  rank?: number | null
  waitlistCount?: number
}

/**
 * 可报名 / 已满 · 3 人候补 / 已报名 / 候补第 2 位 … In the mini-program the native `signup-badge`
 * component (pages list it in `usingComponents`); in H5 the same markup rendered here.
 */
export function SignupBadge({ state, mine, rank, waitlistCount }: SignupBadgeProps) {
  if (isWeapp) return <signup-badge state={state} mine={mine ?? ''} rank={rank ?? 0} waiting={waitlistCount ?? 0} />
  const { text, tone } = describeSignup(state, mine ?? '', rank ?? 0, waitlistCount ?? 0)
  if (!text) return null
  return <Text className={`signup-badge signup-badge--${tone}`}>{text}</Text>
}
