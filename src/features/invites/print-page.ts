import { isH5 } from '../../shared/platform'

/** H5: the browser's print dialog (the poster's @media print rules lay out the sheets). */
export function printPage(): void {
  if (isH5 && typeof window !== 'undefined' && typeof window.print === 'function') window.print()
}
