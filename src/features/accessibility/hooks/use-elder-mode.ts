import { useEffect, useState } from 'react'
import { applyFontScale } from '../apply-font-scale'
import { onElderModeChange, readElderMode, saveElderMode } from '../elder-mode-store'

/** 长辈模式 as React state: switching it stores it, rescales every page and tells other pages. */
export function useElderMode(): { elderMode: boolean; setElderMode: (on: boolean) => void } {
  const [elderMode, setState] = useState(readElderMode)
  useEffect(() => onElderModeChange(setState), [])
  const setElderMode = (on: boolean) => {
    saveElderMode(on)
    applyFontScale(on)
  }
  return { elderMode, setElderMode }
}
