import Taro from '@tarojs/taro'
import type { TExportResponse } from '../../types/api/common'
import { ApiError } from './api-error'
import { isWeapp } from './platform'

/**
 * Download adapter for exports (.xlsx, .zip) handed out as signed links. weapp: download to a temp
 * file and open it with WeChat's document viewer, whose menu forwards it to a chat or saves it
 * (zip archives cannot be previewed: they are saved and the path is shown). H5: the browser saves it.
 */
export async function openDownload(file: TExportResponse): Promise<void> {
  if (!isWeapp) {
    const link = document.createElement('a')
    link.href = file.url
    link.download = file.fileName
    link.rel = 'noopener'
    document.body.appendChild(link)
    link.click()
    link.remove()
    return
  }
  let tempFilePath: string
  try {
    const result = await Taro.downloadFile({ url: file.url })
    if (result.statusCode >= 400) throw new Error(String(result.statusCode))
    tempFilePath = result.tempFilePath
  } catch {
    throw new ApiError('download_failed', '文件下载失败，请检查网络后重试', 0)
  }
  const fileType = /\.xlsx$/.test(file.fileName) ? 'xlsx' : null
  if (fileType) {
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true })
    return
  }
  const saved = await Taro.getFileSystemManager().saveFileSync(tempFilePath)
  await Taro.showModal({ title: '已保存', content: `${file.fileName} 已保存到微信文件：${saved}`, showCancel: false })
}
