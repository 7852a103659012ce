import Taro from '@tarojs/taro'

/** Dialog adapter: WeChat's native modal in weapp, Taro's DOM modal in H5. */
export async function confirmAction(options: { title: string; content: string; confirmText?: string; cancelText?: string }): Promise<boolean> {
  try {
    const result = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText ?? '确定',
      cancelText: options.cancelText ?? '再想想',
      confirmColor: '#d7263d',
    })
    return result.confirm
  } catch {
    return false
  }
}

/** A message that needs reading (longer than a toast holds), with one 知道了 button. */
export async function showNotice(title: string, content: string): Promise<void> {
  try {
    await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: '#d7263d' })
  } catch {
    // nothing to do: the dialog could not be shown
  }
}
