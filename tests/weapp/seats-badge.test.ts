import path from 'node:path'
import simulate from 'miniprogram-simulate'

/**
 * The native `seats-badge` component exactly as it ships in dist/weapp (Taro copies the
 * .json/.wxml/.wxss and bundles index.js), rendered from source by WeChat's compilers.
 */
const COMPONENT = path.resolve(__dirname, '../../src/components-native/seats-badge/index')

// Loaded once per file: simulate runs index.js through `require`, and jest's module registry
// would not run it (and so not call Component()) a second time.
const badge = simulate.load(COMPONENT, 'seats-badge')

/** Renders the badge inside a parent page-like component, the way a page passes properties. */
function renderInParent(data: { confirmed: number; capacity: number }) {
  const parentId = simulate.load({
    template: '<seats-badge class="badge" confirmed="{{confirmed}}" capacity="{{capacity}}"></seats-badge>',
    usingComponents: { 'seats-badge': badge },
    data,
  })
  const parent = simulate.render(parentId)
  parent.attach(document.createElement('parent-wrapper'))
  const child = parent.querySelector('.badge')
  if (!child) throw new Error('seats-badge did not render')
  return { parent, child }
}

type Rendered = simulate.Component<any, any, any>

function text(component: Rendered, selector: string): string | null {
  return component.querySelector(selector)?.dom?.textContent ?? null
}

function rootClass(component: Rendered): string {
  return component.querySelector('.seats-badge')?.dom?.className ?? ''
}

function barStyle(component: Rendered): string {
  return component.querySelector('.seats-badge__fill')?.dom?.getAttribute('style') ?? ''
}

describe('seats-badge (native mini-program component)', () => {
  test('renders the demo state', () => {
    const { child } = renderInParent({ confirmed: 12, capacity: 30 })
    expect(child.toJSON()).toMatchSnapshot()
  })

  test('shows 已报 n/capacity with a proportional bar while seats are open', () => {
    const { child } = renderInParent({ confirmed: 12, capacity: 30 })
    expect(text(child, '.seats-badge__text')).toBe('已报 12/30')
    expect(child.querySelector('.seats-badge__hint')).toBeUndefined()
    expect(rootClass(child)).toContain('seats-badge--open')
    expect(barStyle(child)).toContain('width: 40%')
  })

  test('follows property changes from the page: few seats, then full', async () => {
    const { parent, child } = renderInParent({ confirmed: 12, capacity: 30 })

    parent.setData({ confirmed: 27 })
    await simulate.sleep(0)
    expect(text(child, '.seats-badge__text')).toBe('已报 27/30')
    expect(text(child, '.seats-badge__hint')).toBe('仅剩 3 席')
    expect(rootClass(child)).toContain('seats-badge--few')

    parent.setData({ confirmed: 30 })
    await simulate.sleep(0)
    expect(text(child, '.seats-badge__hint')).toBe('已满')
    expect(rootClass(child)).toContain('seats-badge--full')
    expect(barStyle(child)).toContain('width: 100%')
  })

  test('capacity 0 means 不限名额 and hides the bar', () => {
    const { child } = renderInParent({ confirmed: 8, capacity: 0 })
    expect(text(child, '.seats-badge__text')).toBe('已报 8 人')
    expect(text(child, '.seats-badge__hint')).toBe('不限名额')
    expect(child.querySelector('.seats-badge__bar')).toBeUndefined()
  })
})
