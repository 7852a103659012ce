import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

export type ScanResult = { status: 'scanned'; text: string } | { status: 'cancelled' } | { status: 'unsupported' }

/**
 * Scan adapter. The mini-program opens WeChat's camera scanner; a browser has no scanner we can
 * rely on, so H5 answers `unsupported` and the page offers a field to paste the code instead.
 * Cancelling is an expected outcome, not an error.
 */
export const canScanCode = isWeapp

export async function scanQrCode(): Promise<ScanResult> {
  if (!isWeapp) return { status: 'unsupported' }
  try {
    const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return result.result ? { status: 'scanned', text: result.result } : { status: 'cancelled' }
  } catch {
    // WeChat rejects with "scanCode:fail cancel" when the person closes the scanner.
    return { status: 'cancelled' }
  }
}
