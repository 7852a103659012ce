import { isH5 } from '../../shared/platform'

/**
 * Taro's way to give a View a role is weapp's `aria-role`; the H5 build passes it to the DOM as
 * is, where it is no ARIA attribute (screen readers ignore it, axe: aria-valid-attr). In H5 this
 * copies every `aria-role` (now and as pages render) into `role`, so one prop serves both builds.
 */
export function mirrorAriaRoles(): void {
  if (!isH5 || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  const mirror = (el: Element) => {
    const role = el.getAttribute('aria-role')
    if (role === null) return
    el.setAttribute('role', role)
    el.removeAttribute('aria-role')
  }
  const mirrorTree = (root: Element) => {
    mirror(root)
    root.querySelectorAll('[aria-role]').forEach(mirror)
  }
  mirrorTree(document.documentElement)
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) mirror(record.target)
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) mirrorTree(node)
      })
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-role'] })
}
