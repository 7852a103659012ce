import Taro from '@tarojs/taro'

/** Calls a number: WeChat's dialer sheet in weapp, a tel: link in H5 (Taro's implementation). */
export function callPhone(phoneNumber: string): void {
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined) // closing the sheet is not an error
}
