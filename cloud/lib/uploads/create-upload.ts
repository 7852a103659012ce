import { randomUUID } from 'node:crypto'
import { CAMPAIGN_UPLOAD_PURPOSES, UPLOAD_KINDS, type TCreateUploadRequest, type TCreateUploadResponse, type TUploadPurpose } from '../../../types/api/uploads'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import type { TClient } from '../rate-limits/client-address'
import { enforceRateLimits } from '../rate-limits/enforce-rate-limits'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { findManagedUnitCampaign, findOrganisedCampaign, insertUpload } from './repository'

export const UPLOAD_URL_TTL_SECONDS = 2 * 3600

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

/** Checks a declared file against what its purpose allows; the Chinese message names the limit. */
export function checkUploadLimits(purpose: TUploadPurpose, contentType: string, byteSize: number): void {
  const kind = UPLOAD_KINDS[purpose]
  if (!(kind.contentTypes as readonly string[]).includes(contentType)) {
    const allowed = purpose === 'arrangement_workbook' || purpose === 'unit_list_workbook' ? 'Excel 工作簿（.xlsx）' : kind.contentTypes.map((t) => t.replace('image/', '').toUpperCase()).join('、')
    throw new AppError('unsupported_file_type', { userMessage: `${kind.label}只支持 ${allowed} 格式` })
  }
  if (byteSize < kind.minBytes) {
    throw new AppError('file_too_small', { userMessage: `${kind.label}不能小于 ${formatBytes(kind.minBytes)}，请选择原图` })
  }
  if (byteSize > kind.maxBytes) {
    throw new AppError('payload_too_large', { userMessage: `${kind.label}不能超过 ${formatBytes(kind.maxBytes)}` })
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`
}

/**
 * Step 1 of every upload: record that we hand out a URL for this object, then sign it. The
 * operation that consumes the file later claims the row (claimUpload); rows never claimed are
 * swept from storage after expiry. `folder` groups objects (an activity id for photos).
 */
export async function createUpload(session: TSessionClaims, request: TCreateUploadRequest, client: TClient, folder?: string): Promise<TCreateUploadResponse> {
  checkUploadLimits(request.purpose, request.contentType, request.byteSize)
  await enforceRateLimits({ operation: 'upload', userId: session.sub, client })
  const expiresAt = new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000)
  return withUserTx(session, async (tx) => {
    // A campaign's own file (a unit list) is its organisers'; every other file is one unit's.
    const forCampaign = CAMPAIGN_UPLOAD_PURPOSES.includes(request.purpose)
    const unitId = forCampaign ? null : (request.unitId ?? null)
    const campaignId = forCampaign
      ? request.campaignId && (await findOrganisedCampaign(tx, request.campaignId))
      : unitId && (await findManagedUnitCampaign(tx, unitId))
    if (!campaignId) {
      throw new AppError('forbidden', { userMessage: forCampaign ? '只有本活动月的组织方可以上传单位名单' : '只能为自己负责的单位上传文件' })
    }
    const objectPath = `${campaignId}/${unitId ?? 'campaign'}/${folder ?? request.purpose}/${randomUUID()}.${EXTENSIONS[request.contentType] ?? 'bin'}`
    await insertUpload(tx, {
      path: objectPath,
      campaignId,
      unitId,
      purpose: request.purpose,
      contentType: request.contentType,
      maxBytes: UPLOAD_KINDS[request.purpose].maxBytes,
      createdBy: session.sub,
      expiresAt,
    })
    // Signed before the row commits: when storage is away (503) the row rolls back with it, and
    // no upload row exists that no URL was ever handed out for.
    const signed = await getPhotoStorage().createSignedUploadUrl(objectPath)
    return { uploadUrl: signed.url, path: signed.path, expiresInSeconds: UPLOAD_URL_TTL_SECONDS }
  })
}
