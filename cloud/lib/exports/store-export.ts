import { randomUUID } from 'node:crypto'
import { getPhotoStorage } from '../storage/get-photo-storage'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const ZIP_CONTENT_TYPE = 'application/zip'

export type TStoredExport = { url: string; fileName: string; expiresInSeconds: number }

const EXPORT_URL_TTL_SECONDS = 15 * 60

/**
 * Every export (附件1, 附件2, the weekly table, picture archives) is written to storage and handed
 * out as a short-lived signed URL: the mini-program downloads it with Taro.downloadFile and opens it
 * (openDocument), the browser follows the link. The file name is what people see; the object key is
 * ours. Objects live under exports/, which a bucket lifecycle rule (or the local reset) clears.
 */
export async function storeExport(campaignId: string, fileName: string, bytes: Buffer, contentType: string): Promise<TStoredExport> {
  const extension = /\.(xlsx|zip)$/.exec(fileName)?.[1] ?? 'bin'
  const path = `exports/${campaignId}/${randomUUID()}.${extension}`
  const storage = getPhotoStorage()
  await storage.write(path, bytes, contentType)
  const url = await storage.createSignedReadUrl(path, EXPORT_URL_TTL_SECONDS)
  return { url: `${url}${url.includes('?') ? '&' : '?'}download=${encodeURIComponent(fileName)}`, fileName, expiresInSeconds: EXPORT_URL_TTL_SECONDS }
}
