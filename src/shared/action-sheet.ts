import Taro from '@tarojs/taro'

/**
 * Lets the person pick one of a few options (WeChat's action sheet, at most 6 items; Taro draws
 * it in H5). Resolves to the index picked, or null when dismissed.
 */
export async function pickOne(items: string[]): Promise<number | null> {
  try {
    const result = await Taro.showActionSheet({ itemList: items.slice(0, 6), itemColor: '#1f2329' })
    return result.tapIndex
  } catch {
    return null
  }
}
