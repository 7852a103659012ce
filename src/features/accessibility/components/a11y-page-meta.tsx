import { NavigationBar, PageMeta } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { isWeapp } from '../../../shared/platform'
import themeJson from '../../../theme.json'
import { currentFontScale } from '../apply-font-scale'
import { a11yStyleText } from '../font-scale'
import { useElderMode } from '../hooks/use-elder-mode'

/** The app's window title (app.config.ts), for a page whose config has none. */
const APP_TITLE = '学雷锋志愿服务月'

/**
 * weapp: the page's font scale (system 字体大小 × 长辈模式) as page-meta's page-style, so the
 * page's text follows it (page-meta must be the page's first node). H5 sets it on `html` once.
 *
 * With enablePageMeta, Taro writes a `<navigation-bar>` into every such page's template, bound to
 * this component's NavigationBar child; without one its title binds to nothing and its front colour
 * falls back to #000000 — a blank or black title on our red (or, in dark mode, near-black) bar. So
 * the bar is always given its title (the page config's, or `title` for pages that change theirs)
 * and theme.json's colours for the phone's current theme.
 */
export function A11yPageMeta({ title }: { title?: string }) {
  const { elderMode } = useElderMode()
  // Read once, at mount: Current.page is whichever page is on top, which changes later.
  const [configTitle] = useState(() => (isWeapp ? Taro.getCurrentInstance().page?.config?.navigationBarTitleText : undefined))
  const dark = useDarkTheme()
  if (!isWeapp) return null
  const colours = dark ? themeJson.dark : themeJson.light
  return (
    <PageMeta pageStyle={a11yStyleText(currentFontScale(elderMode), elderMode)}>
      <NavigationBar
        title={title ?? (configTitle || APP_TITLE)}
        frontColor={colours.navTextStyle === 'white' ? '#ffffff' : '#000000'}
        backgroundColor={colours.navBgColor}
      />
    </PageMeta>
  )
}

/** WeChat's 深色模式, followed while the page is open (weapp only). */
function useDarkTheme(): boolean {
  const [dark, setDark] = useState(() => isWeapp && Taro.getAppBaseInfo?.().theme === 'dark')
  useEffect(() => {
    if (!isWeapp) return undefined
    const onChange = (result: { theme: string }) => setDark(result.theme === 'dark')
    Taro.onThemeChange?.(onChange)
    return () => Taro.offThemeChange?.(onChange)
  }, [])
  return dark
}
