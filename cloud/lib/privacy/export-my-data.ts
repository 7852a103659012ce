import { ZMyDataExport, type TMyDataExport } from '../../../types/api/privacy'
import type { TExportResponse } from '../../../types/api/common'
import { PRIVACY_POLICY_VERSION } from '../../../types/domain'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { storeExport } from '../exports/store-export'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { toShanghaiIso } from '../time/shanghai'
import { readMyPersonalData } from './repository'

/** Links to the person's own uploads stay valid a week: long enough to save them, not for ever. */
const LINK_SECONDS = 7 * 24 * 3600

type TStoredFile = { storagePath: string }

/**
 * 导出我的数据 (PIPL art. 45): everything the product holds about the caller — profile, roles,
 * sign-ups with check-ins and hours, scans, messages, consents and their history, and the photos
 * they uploaded as links to their own originals — as one JSON file behind a short-lived link.
 */
export async function exportMyData(session: TSessionClaims): Promise<TExportResponse> {
  const raw = await withUserTx(session, (tx) => readMyPersonalData(tx))
  const now = new Date()
  const storage = getPhotoStorage()
  const withLink = async <T extends TStoredFile>(file: T) => {
    const { storagePath, ...rest } = file
    const url = await storage.createSignedReadUrl(storagePath, LINK_SECONDS).catch(() => null)
    return { ...rest, url }
  }
  const base = (raw ?? {}) as Record<string, unknown>
  const files = (key: string) => (Array.isArray(base[key]) ? (base[key] as TStoredFile[]) : [])
  const document: TMyDataExport = ZMyDataExport.parse({
    exportedAt: toShanghaiIso(now),
    policyVersion: PRIVACY_POLICY_VERSION,
    ...base,
    photos: await Promise.all(files('photos').map(withLink)),
    newsPictures: await Promise.all(files('newsPictures').map(withLink)),
    linksValidUntil: toShanghaiIso(new Date(now.getTime() + LINK_SECONDS * 1000)),
  })
  const bytes = Buffer.from(JSON.stringify(document, null, 2), 'utf8')
  const day = toShanghaiIso(now).slice(0, 10)
  return storeExport('personal-data', `我的个人信息-${day}.json`, bytes, 'application/json')
}
