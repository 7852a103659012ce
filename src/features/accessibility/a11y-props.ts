/**
 * Screen-reader props for a tappable View, for both builds: weapp reads `aria-role` /
 * `aria-label`, the H5 build's DOM needs `role` (and a tab stop). Spread onto the View:
 * `<View {...a11yButton('报名')} onClick={…}>`.
 */
export function a11yButton(label: string) {
  return { role: 'button', 'aria-role': 'button', 'aria-label': label, tabIndex: 0 }
}

/** An on/off control (长辈模式): its state is spoken with its name. */
export function a11ySwitch(label: string, on: boolean) {
  return { role: 'switch', 'aria-role': 'switch', 'aria-label': label, 'aria-checked': on, tabIndex: 0 }
}
