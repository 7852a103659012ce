import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { isH5 } from '../../../shared/platform'

/** The console's desk width (H5 in a browser, as _console-desk.scss draws it). */
const DESK_MIN_WIDTH = 1024

function measure(): boolean {
  return isH5 && Taro.getWindowInfo().windowWidth >= DESK_MIN_WIDTH
}

/**
 * True on a desk: the review shows a grid beside a large viewer and takes keyboard shortcuts;
 * on a phone (and always in weapp) one photo at a time. Follows the browser window's width.
 */
export function useDeskLayout(): boolean {
  const [desk, setDesk] = useState(measure)
  useEffect(() => {
    if (!isH5 || typeof window === 'undefined') return undefined
    const update = () => setDesk(measure())
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [])
  return desk
}
