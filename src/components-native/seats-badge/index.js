// Native mini-program custom component (weapp only). Taro compiles this file with webpack when a
// page lists it in `usingComponents`, so it can share the wording logic with the H5 stand-in.
import { describeSeats } from '../../features/activities/describe-seats'

Component({
  properties: {
    confirmed: { type: Number, value: 0 },
    /** 0 = 不限名额 */
    capacity: { type: Number, value: 0 },
  },
  data: describeSeats(0, 0),
  observers: {
    'confirmed, capacity': function (confirmed, capacity) {
      this.setData(describeSeats(confirmed, capacity))
    },
  },
  lifetimes: {
    attached() {
      this.setData(describeSeats(this.data.confirmed, this.data.capacity))
    },
  },
})
