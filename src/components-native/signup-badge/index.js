// Native mini-program custom component (weapp only): the sign-up state badge. Shares its wording
// with the H5 stand-in (src/features/activities/components/signup-badge.tsx).
import { describeSignup } from '../../features/activities/describe-signup'

function describe(data) {
  return describeSignup(data.state, data.mine, data.rank, data.waiting)
}

Component({
  properties: {
    /** open | waitlist | closed | ended | cancelled */
    state: { type: String, value: '' },
    /** '' | confirmed | waitlisted */
    mine: { type: String, value: '' },
    /** Waitlist rank, 0 = unknown */
    rank: { type: Number, value: 0 },
    /** People on the waitlist (single-word property names: WXML attributes are not camelCase). */
    waiting: { type: Number, value: 0 },
  },
  data: { text: '', tone: 'closed' },
  observers: {
    'state, mine, rank, waiting': function () {
      this.setData(describe(this.data))
    },
  },
  lifetimes: {
    attached() {
      this.setData(describe(this.data))
    },
  },
})
