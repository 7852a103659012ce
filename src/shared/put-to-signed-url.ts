import Taro from '@tarojs/taro'
import { ZApiError } from '../../types/api/common'
import { ApiError } from './api-error'
import { readImageBytes, type LocalImage } from './choose-images'
import { isWeapp } from './platform'

/** A 20 MB photo on a slow mobile link. */
const UPLOAD_TIMEOUT_MS = 120_000

/** Bytes sent so far of the whole body. */
export type TUploadProgress = { sent: number; total: number }

/**
 * Whether this platform tells us how many bytes have gone. H5: yes (XMLHttpRequest
 * `upload.onprogress`). weapp: no — `wx.request`'s RequestTask only reports response headers
 * and chunks, and `wx.uploadFile` (whose UploadTask has `onProgressUpdate`) sends a multipart
 * POST, which the storage's signed-URL PUT does not take. The page then shows an indeterminate
 * bar with the size and the time so far.
 */
export const UPLOAD_PROGRESS_REPORTED = !isWeapp

/**
 * Upload adapter: PUTs an image's raw bytes to a signed storage URL with its Content-Type.
 * weapp: the file read into an ArrayBuffer and sent with `Taro.request`; H5: XMLHttpRequest with
 * the File, reporting bytes sent to `onProgress` (fetch cannot report upload progress).
 */
export async function putToSignedUrl(url: string, image: LocalImage, contentType: string, onProgress?: (progress: TUploadProgress) => void): Promise<void> {
  let answer: { status: number; body: unknown }
  try {
    answer =
      typeof image.source === 'string'
        ? await putInWeapp(url, await readImageBytes(image), contentType)
        : await putInBrowser(url, image.source, contentType, onProgress)
  } catch {
    throw new ApiError('network_error', '照片上传失败，请检查网络后重试', 0)
  }
  if (answer.status >= 400) {
    // Our local storage answers {code, message} in Chinese; Supabase's (English) errors get ours.
    const parsed = ZApiError.safeParse(answer.body)
    const chinese = parsed.success && /[\u4e00-\u9fff]/.test(parsed.data.message) ? parsed.data.message : null
    throw new ApiError('upload_failed', chinese ?? `照片上传失败（${answer.status}），请重试`, answer.status)
  }
}

async function putInWeapp(url: string, data: ArrayBuffer, contentType: string): Promise<{ status: number; body: unknown }> {
  const response = await Taro.request({ url, method: 'PUT', data, header: { 'Content-Type': contentType }, dataType: 'json', timeout: UPLOAD_TIMEOUT_MS })
  return { status: response.statusCode, body: response.data }
}

function putInBrowser(url: string, file: Blob, contentType: string, onProgress?: (progress: TUploadProgress) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', url)
    xhr.setRequestHeader('Content-Type', contentType)
    xhr.timeout = UPLOAD_TIMEOUT_MS
    xhr.upload.onprogress = (event) => onProgress?.({ sent: event.loaded, total: event.lengthComputable ? event.total : file.size })
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // not JSON (e.g. an HTML error page): the status alone decides
      }
      resolve({ status: xhr.status, body })
    }
    xhr.onerror = () => reject(new Error('network'))
    xhr.ontimeout = () => reject(new Error('timeout'))
    xhr.send(file)
  })
}
