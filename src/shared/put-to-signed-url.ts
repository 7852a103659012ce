import Taro from '@tarojs/taro'
import { ZApiError } from '../../types/api/common'
import { ApiError } from './api-error'
import { readImageBytes, type LocalImage } from './choose-images'

/** A 20 MB photo on a slow mobile link. */
const UPLOAD_TIMEOUT_MS = 120_000

/**
 * Upload adapter: PUTs an image's raw bytes to a signed storage URL with its Content-Type.
 * Not `Taro.uploadFile`, which sends multipart/form-data (the stored object would be the form).
 * weapp: the file read into an ArrayBuffer and sent with `Taro.request`; H5: fetch with the File.
 */
export async function putToSignedUrl(url: string, image: LocalImage, contentType: string): Promise<void> {
  let status: number
  let body: unknown
  try {
    if (typeof image.source === 'string') {
      const response = await Taro.request({
        url,
        method: 'PUT',
        data: await readImageBytes(image),
        header: { 'Content-Type': contentType },
        dataType: 'json',
        timeout: UPLOAD_TIMEOUT_MS,
      })
      status = response.statusCode
      body = response.data
    } else {
      const response = await fetch(url, { method: 'PUT', headers: { 'Content-Type': contentType }, body: image.source })
      status = response.status
      body = await response.json().catch(() => null)
    }
  } catch {
    throw new ApiError('network_error', '照片上传失败，请检查网络后重试', 0)
  }
  if (status >= 400) {
    // Our local storage answers {code, message} in Chinese; Supabase's (English) errors get ours.
    const parsed = ZApiError.safeParse(body)
    const chinese = parsed.success && /[\u4e00-\u9fff]/.test(parsed.data.message) ? parsed.data.message : null
    throw new ApiError('upload_failed', chinese ?? `照片上传失败（${status}），请重试`, status)
  }
}
