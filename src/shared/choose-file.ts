import Taro from '@tarojs/taro'
import { ZApiError } from '../../types/api/common'
import { ApiError } from './api-error'
import { isWeapp } from './platform'

/** A document the person picked (an Excel workbook), before it is uploaded. */
export interface LocalFile {
  name: string
  byteSize: number
  /** weapp: WeChat's temp file path; H5: the File itself. Read it through this module. */
  readonly source: string | Blob
}

export type ChooseFileResult = { status: 'chosen'; file: LocalFile } | { status: 'cancelled' } | { status: 'failed'; message: string }

/** The class of the browser's file input (tests hand it files). */
export const DOCUMENT_INPUT_CLASS = 'document-file-input'

/**
 * Document chooser adapter. weapp: a file from a WeChat chat (`chooseMessageFile`, where units
 * receive and forward their Excel tables), filtered by extension. H5: a file input. `accept`
 * lists more than we take (e.g. .xls) so the page can say why a file is refused instead of
 * silently greying it out. Cancelling is an expected outcome, not an error.
 */
export async function chooseFile(options: { extensions: string[]; accept: string }): Promise<ChooseFileResult> {
  if (!isWeapp) return chooseInBrowser(options.accept)
  try {
    const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: options.extensions })
    const file = result.tempFiles[0]
    return file ? { status: 'chosen', file: { name: file.name, byteSize: file.size, source: file.path } } : { status: 'cancelled' }
  } catch (error) {
    const errMsg = typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
    if (errMsg.includes('cancel')) return { status: 'cancelled' }
    return { status: 'failed', message: '无法打开微信聊天文件，请稍后重试' }
  }
}

function chooseInBrowser(accept: string): Promise<ChooseFileResult> {
  return new Promise((resolve) => {
    document.querySelectorAll(`.${DOCUMENT_INPUT_CLASS}`).forEach((old) => old.remove())
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.className = DOCUMENT_INPUT_CLASS
    input.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;'
    const finish = (result: ChooseFileResult) => {
      input.remove()
      resolve(result)
    }
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      finish(file ? { status: 'chosen', file: { name: file.name, byteSize: file.size, source: file } } : { status: 'cancelled' })
    })
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }))
    document.body.appendChild(input)
    input.click()
  })
}

export function readFileBytes(file: LocalFile): Promise<ArrayBuffer> {
  const { source } = file
  if (typeof source !== 'string') return source.arrayBuffer()
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: source,
      success: (result) => (typeof result.data === 'string' ? reject(new Error('readFile returned text')) : resolve(result.data)),
      fail: (error) => reject(new Error(error.errMsg)),
    })
  })
}

/**
 * PUTs a document's raw bytes to a signed storage URL (not `uploadFile`, which sends a multipart
 * form). weapp: read into an ArrayBuffer and sent with Taro.request; H5: fetch with the File.
 */
export async function putFileToSignedUrl(url: string, file: LocalFile, contentType: string): Promise<void> {
  let status: number
  let body: unknown = null
  try {
    if (typeof file.source === 'string') {
      const response = await Taro.request({ url, method: 'PUT', data: await readFileBytes(file), header: { 'Content-Type': contentType }, dataType: 'json', timeout: 120_000 })
      status = response.statusCode
      body = response.data
    } else {
      const response = await fetch(url, { method: 'PUT', headers: { 'Content-Type': contentType }, body: file.source })
      status = response.status
      body = await response.json().catch(() => null)
    }
  } catch {
    throw new ApiError('network_error', '文件上传失败，请检查网络后重试', 0)
  }
  if (status >= 400) {
    const parsed = ZApiError.safeParse(body)
    const chinese = parsed.success && /[\u4e00-\u9fff]/.test(parsed.data.message) ? parsed.data.message : null
    throw new ApiError('upload_failed', chinese ?? `文件上传失败（${status}），请重试`, status)
  }
}
