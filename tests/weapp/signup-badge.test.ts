import path from 'node:path'
import simulate from 'miniprogram-simulate'

/**
 * The native `signup-badge` (src/components-native/signup-badge), rendered from source by WeChat's
 * compilers: where sign-up stands on cards, the detail page and 我的活动.
 */
const COMPONENT = path.resolve(__dirname, '../../src/components-native/signup-badge/index')
const badge = simulate.load(COMPONENT, 'signup-badge')

type Props = { state: string; mine: string; rank: number; waitlistCount: number }

function renderInParent(data: Props) {
  const parentId = simulate.load({
    template:
      '<signup-badge class="badge" state="{{state}}" mine="{{mine}}" rank="{{rank}}" waiting="{{waitlistCount}}"></signup-badge>',
    usingComponents: { 'signup-badge': badge },
    data,
  })
  const parent = simulate.render(parentId)
  parent.attach(document.createElement('parent-wrapper'))
  const child = parent.querySelector('.badge')
  if (!child) throw new Error('signup-badge did not render')
  return { parent, child }
}

type Rendered = simulate.Component<any, any, any>

function label(component: Rendered): string | null {
  return component.querySelector('.signup-badge')?.dom?.textContent ?? null
}

function tone(component: Rendered): string {
  return component.querySelector('.signup-badge')?.dom?.className ?? ''
}

const NONE: Props = { state: 'open', mine: '', rank: 0, waitlistCount: 0 }

describe('signup-badge (native mini-program component)', () => {
  test('renders the demo state', () => {
    const { child } = renderInParent({ ...NONE, state: 'waitlist', waitlistCount: 3 })
    expect(child.toJSON()).toMatchSnapshot()
  })

  test.each([
    ['open', 0, '可报名', 'signup-badge--open'],
    ['waitlist', 0, '已满 · 可候补', 'signup-badge--waitlist'],
    ['waitlist', 4, '已满 · 4 人候补', 'signup-badge--waitlist'],
    ['closed', 0, '报名截止', 'signup-badge--closed'],
    ['ended', 0, '已结束', 'signup-badge--closed'],
    ['cancelled', 0, '已取消', 'signup-badge--cancelled'],
  ])('state %s with %i waiting reads %s', (state, waitlistCount, text, className) => {
    const { child } = renderInParent({ ...NONE, state, waitlistCount })
    expect(label(child)).toBe(text)
    expect(tone(child)).toContain(className)
  })

  test('the person’s own registration wins over the activity’s state, with the waitlist rank', async () => {
    const { parent, child } = renderInParent({ ...NONE, state: 'waitlist', waitlistCount: 5 })
    expect(label(child)).toBe('已满 · 5 人候补')

    parent.setData({ mine: 'waitlisted', rank: 2 })
    await simulate.sleep(0)
    expect(label(child)).toBe('候补第 2 位')
    expect(tone(child)).toContain('signup-badge--waiting')

    // Promoted from the waitlist.
    parent.setData({ mine: 'confirmed', rank: 0 })
    await simulate.sleep(0)
    expect(label(child)).toBe('已报名')
    expect(tone(child)).toContain('signup-badge--confirmed')
  })

  test('an unknown state draws nothing rather than an empty pill', () => {
    const { child } = renderInParent({ ...NONE, state: 'draft' })
    expect(child.querySelector('.signup-badge')).toBeUndefined()
  })
})
