import { PageMeta } from '@tarojs/components'
import { isWeapp } from '../../../shared/platform'
import { currentFontScale } from '../apply-font-scale'
import { a11yStyleText } from '../font-scale'
import { useElderMode } from '../hooks/use-elder-mode'

/**
 * weapp: the page's font scale (system 字体大小 × 长辈模式) as page-meta's page-style, so the
 * page's text follows it (page-meta must be the page's first node). H5 sets it on `html` once.
 */
export function A11yPageMeta() {
  const { elderMode } = useElderMode()
  if (!isWeapp) return null
  return <PageMeta pageStyle={a11yStyleText(currentFontScale(elderMode), elderMode)} />
}
