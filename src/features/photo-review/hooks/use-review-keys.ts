import { useEffect, useRef } from 'react'
import { isH5 } from '../../../shared/platform'

export type TReviewKeys = {
  onPass: () => void
  onReject: () => void
  onPrevious: () => void
  onNext: () => void
  onToggle: () => void
  onEscape: () => void
}

/**
 * Desk shortcuts (H5 only): A 通过, R 不通过 (asks for the reason), ← → previous / next, X ticks
 * the photo for a batch, Esc closes or clears. Keys typed into a field stay the field's.
 */
export function useReviewKeys(enabled: boolean, keys: TReviewKeys): void {
  const latest = useRef(keys)
  latest.current = keys
  useEffect(() => {
    if (!isH5 || !enabled || typeof document === 'undefined') return undefined
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target
      if (target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) {
        if (event.key === 'Escape') latest.current.onEscape()
        return
      }
      const actions: Record<string, (() => void) | undefined> = {
        a: latest.current.onPass,
        r: latest.current.onReject,
        x: latest.current.onToggle,
        ArrowLeft: latest.current.onPrevious,
        ArrowRight: latest.current.onNext,
        Escape: latest.current.onEscape,
      }
      const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
