// Native mini-program custom component (weapp only): one day of the March day strip. Shares its
// wording with the H5 stand-in (src/features/activities/components/day-strip.tsx).
import { describeDay } from '../../features/activities/describe-day'

function describe(data) {
  return describeDay(data.date, data.count, data.today)
}

Component({
  properties: {
    /** YYYY-MM-DD */
    date: { type: String, value: '' },
    count: { type: Number, value: 0 },
    /** YYYY-MM-DD of today, to label it 今天 */
    today: { type: String, value: '' },
    selected: { type: Boolean, value: false },
    /** Inside a selected range (中国水周). Single-word names: WXML attributes are not camelCase. */
    ranged: { type: Boolean, value: false },
    /** A special day (3·5 学雷锋纪念日 …): drawn with a mark */
    special: { type: Boolean, value: false },
  },
  data: { day: '', weekday: '', countText: '', tone: 'none', weekend: false },
  observers: {
    'date, count, today': function () {
      this.setData(describe(this.data))
    },
  },
  lifetimes: {
    attached() {
      this.setData(describe(this.data))
    },
  },
})
