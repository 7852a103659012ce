import Taro from '@tarojs/taro'

/** Toast adapter: native toast in weapp, Taro's DOM toast in H5. */
export function showSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 })
}

export function showMessage(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}
