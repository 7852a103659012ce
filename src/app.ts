import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
// NutUI styles, one file per component we use (the full sheet is 232 KB).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import './app.scss'
import { applyFontScale } from './features/accessibility/apply-font-scale'
import { mirrorAriaRoles } from './features/accessibility/h5-aria-roles'
import { refreshSession } from './features/auth/session-store'
import { watchQueuedScans } from './features/checkins/offline/sync-scans'
import { saveMyNextActivities } from './features/offline-cache/prefetch'

function App({ children }: PropsWithChildren) {
  // Who is signed in, checked once at launch so every page (also a shared deep link) knows.
  useLaunch(() => {
    // The reader's text size (system font size, 长辈模式) before the first page is drawn (H5; weapp per page).
    applyFontScale()
    mirrorAriaRoles()
    // Then, online and signed in: my confirmed activities of the next days saved for opening offline.
    refreshSession()
      .then(() => saveMyNextActivities())
      .catch(() => undefined)
    // Check-in scans made offline wait on the phone: send them now and whenever the network returns.
    watchQueuedScans()
  })
  // children is the page being shown
  return children
}

export default App
