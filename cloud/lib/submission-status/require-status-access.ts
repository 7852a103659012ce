import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findStatusAccess, type TStatusAccess } from './repository'

export type TStatusRole = 'organiser' | 'district_admin'

/**
 * The campaign and the caller's console role in it: organiser (every district) or 区县管理员 (its
 * own district). Anyone else — another campaign's organiser, a unit contact, a volunteer — is refused.
 */
export async function requireStatusAccess(tx: TTx, session: TSessionClaims, campaignId: string): Promise<TStatusAccess & { role: TStatusRole }> {
  const access = await findStatusAccess(tx, campaignId, session.sub)
  if (!access) throw new AppError('campaign_not_found')
  if (access.is_organiser) return { ...access, role: 'organiser' }
  if (access.is_district_admin) return { ...access, role: 'district_admin' }
  throw new AppError('forbidden', { userMessage: '只有本活动月的组织方和区县管理员可以查看报送情况' })
}

/** 退回 and 采用 are the organisers' (a district admin reads and reminds, never decides). */
export async function requireOrganiser(tx: TTx, session: TSessionClaims, campaignId: string, what: string): Promise<TStatusAccess> {
  const access = await requireStatusAccess(tx, session, campaignId)
  if (access.role !== 'organiser') throw new AppError('forbidden', { userMessage: `只有活动月组织方可以${what}` })
  return access
}
