import { inviteJoinPath, type TInvite } from '../../../types/api/invites'
import { toShanghaiIso } from '../time/shanghai'
import type { TInviteRow } from './repository'

/** The join link a code's QR carries: the H5 app's 我的 with the code filled in. */
export function joinUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${inviteJoinPath(code)}`
}

export function toInvite(row: TInviteRow, baseUrl: string): TInvite {
  return {
    code: row.code,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    districtId: row.district_id,
    districtName: row.district_name,
    note: row.note,
    maxUses: row.max_uses,
    useCount: row.use_count,
    expiresAt: row.expires_at ? toShanghaiIso(row.expires_at) : null,
    createdAt: toShanghaiIso(row.created_at),
    createdByName: row.created_by_name,
    revokedAt: row.revoked_at ? toShanghaiIso(row.revoked_at) : null,
    state: row.state,
    joinUrl: joinUrl(baseUrl, row.code),
  }
}
