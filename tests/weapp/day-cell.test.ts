import path from 'node:path'
import simulate from 'miniprogram-simulate'

/** The native `day-cell` of the March day strip (src/components-native/day-cell). */
const COMPONENT = path.resolve(__dirname, '../../src/components-native/day-cell/index')
const cell = simulate.load(COMPONENT, 'day-cell')

type Props = { date: string; count: number; today: string; selected: boolean; inRange: boolean; special: boolean }

function renderInParent(data: Props) {
  const parentId = simulate.load({
    template:
      '<day-cell class="cell" date="{{date}}" count="{{count}}" today="{{today}}" selected="{{selected}}" ranged="{{inRange}}" special="{{special}}"></day-cell>',
    usingComponents: { 'day-cell': cell },
    data,
  })
  const parent = simulate.render(parentId)
  parent.attach(document.createElement('parent-wrapper'))
  const child = parent.querySelector('.cell')
  if (!child) throw new Error('day-cell did not render')
  return { parent, child }
}

type Rendered = simulate.Component<any, any, any>

function text(component: Rendered, selector: string): string | null {
  return component.querySelector(selector)?.dom?.textContent ?? null
}

function rootClass(component: Rendered): string {
  return component.querySelector('.day-cell')?.dom?.className ?? ''
}

// 2027-03-05 is a Friday; 2027-03-06 a Saturday.
const FIFTH: Props = { date: '2027-03-05', count: 11, today: '', selected: false, inRange: false, special: true }

describe('day-cell (native mini-program component)', () => {
  test('renders the demo state', () => {
    const { child } = renderInParent(FIFTH)
    expect(child.toJSON()).toMatchSnapshot()
  })

  test('shows the weekday, the day of the month and the number of activities', () => {
    const { child } = renderInParent(FIFTH)
    expect(text(child, '.day-cell__weekday')).toBe('周五')
    expect(text(child, '.day-cell__day')).toBe('5')
    expect(text(child, '.day-cell__count')).toBe('11 项')
    expect(rootClass(child)).toContain('day-cell--busy')
    expect(rootClass(child)).not.toContain('day-cell--weekend')
    expect(child.querySelector('.day-cell__mark')).toBeDefined()
  })

  test('a day without activities is drawn as empty, weekends and today are marked', () => {
    const { child } = renderInParent({ ...FIFTH, date: '2027-03-06', count: 0, today: '2027-03-06', special: false })
    expect(text(child, '.day-cell__count')).toBe('无')
    expect(text(child, '.day-cell__weekday')).toBe('今天')
    expect(rootClass(child)).toContain('day-cell--none')
    expect(rootClass(child)).toContain('day-cell--weekend')
    expect(child.querySelector('.day-cell__mark')).toBeUndefined()
  })

  test('follows the page: selection, range and new counts after a filter change', async () => {
    const { parent, child } = renderInParent({ ...FIFTH, count: 2 })
    expect(rootClass(child)).toContain('day-cell--some')
    expect(rootClass(child)).not.toContain('day-cell--selected')

    parent.setData({ selected: true, count: 0 })
    await simulate.sleep(0)
    expect(rootClass(child)).toContain('day-cell--selected')
    expect(text(child, '.day-cell__count')).toBe('无')

    parent.setData({ selected: false, inRange: true })
    await simulate.sleep(0)
    expect(rootClass(child)).toContain('day-cell--range')
    expect(rootClass(child)).not.toContain('day-cell--selected')
  })
})
