import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { isH5 } from '../../../shared/platform'

/** Desks start here (the console's breakpoint, as in organiser-console/_console-desk.scss). */
const DESK_MIN_WIDTH = 1024

function isDeskWidth(): boolean {
  if (!isH5) return false
  try {
    return Taro.getWindowInfo().windowWidth >= DESK_MIN_WIDTH
  } catch {
    return false
  }
}

/**
 * Whether to draw the desk layout (a table with a side panel) or the phone one (a list per unit
 * with a sheet). Only the H5 build on a wide window is a desk; weapp is always a phone. Follows
 * window resizes, so a browser made narrow switches to the list.
 */
export function useDeskLayout(): boolean {
  const [desk, setDesk] = useState(isDeskWidth)
  useEffect(() => {
    if (!isH5) return undefined
    const onResize = () => setDesk(isDeskWidth())
    Taro.onWindowResize(onResize)
    return () => Taro.offWindowResize(onResize)
  }, [])
  return desk
}
