import { isWeapp } from '../../shared/platform'

/**
 * Screen-reader props for a tappable View, per build: weapp reads `aria-role` / `aria-label`;
 * in H5 `aria-role` is no ARIA attribute (axe: aria-valid-attr), the DOM needs `role` and a tab
 * stop. Spread onto the View: `<View {...a11yButton('报名')} onClick={…}>`.
 */
export function a11yButton(label: string) {
  return isWeapp ? { 'aria-role': 'button', 'aria-label': label } : { role: 'button', 'aria-label': label, tabIndex: 0 }
}

/** An on/off control (长辈模式): its state is spoken with its name. */
export function a11ySwitch(label: string, on: boolean) {
  return isWeapp
    ? { 'aria-role': 'switch', 'aria-label': label, 'aria-checked': on }
    : { role: 'switch', 'aria-label': label, 'aria-checked': on, tabIndex: 0 }
}
