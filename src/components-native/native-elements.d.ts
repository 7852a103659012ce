import 'react'

/**
 * Native mini-program custom components used from React (weapp only — each is declared in the
 * page config's `usingComponents`). With the automatic JSX runtime TypeScript reads intrinsic
 * elements from React's own JSX namespace, so that is the one to augment.
 */
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'seats-badge': {
        confirmed: number
        /** 0 = 不限名额 */
        capacity: number
      }
      'signup-badge': {
        state: string
        /** '' | confirmed | waitlisted */
        mine: string
        rank: number
        waiting: number
      }
      'day-cell': {
        date: string
        count: number
        today: string
        selected: boolean
        ranged: boolean
        special: boolean
      }
    }
  }
}
