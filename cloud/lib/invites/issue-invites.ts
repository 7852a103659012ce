import { INVITE_DEFAULTS, type TInviteRole, type TIssueInvitesRequest, type TIssueInvitesResponse } from '../../../types/api/invites'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { generateInviteCode } from './generate-invite-code'
import { inviteExpiry } from './invite-expiry'
import { findCampaign, findDistricts, findInvites, findUnits, findUnitsWithLiveCode, insertAudit, insertInvite, isOrganiser, lockCampaignInvites } from './repository'
import { toInvite } from './to-invite'

export type TIssueOptions = { baseUrl: string; now?: Date }

/** An organiser issues codes for the campaign (POST /api/campaigns/:id/invites). */
export async function issueInvites(
  session: TSessionClaims,
  campaignId: string,
  request: TIssueInvitesRequest,
  options: TIssueOptions,
): Promise<TIssueInvitesResponse> {
  return withUserTx(session, (tx) => issueInvitesInTx(tx, session.sub, campaignId, request, options))
}

/**
 * Issues codes inside `tx`. `actorId` null is the `npm run invite` command running as
 * service_role (the first organiser of a campaign has nobody to invite them); otherwise the actor
 * must organise the campaign. Every code is written to audit_log.
 */
export async function issueInvitesInTx(
  tx: TTx,
  actorId: string | null,
  campaignId: string,
  request: TIssueInvitesRequest,
  options: TIssueOptions,
): Promise<TIssueInvitesResponse> {
  const now = options.now ?? new Date()
  const campaign = await findCampaign(tx, campaignId)
  if (!campaign) throw new AppError('campaign_not_found')
  if (actorId !== null && !(await isOrganiser(tx, campaign.id))) {
    throw new AppError('forbidden', { userMessage: '只有本活动月的组织方可以发放邀请码' })
  }
  await lockCampaignInvites(tx, campaign.id)

  const role = roleOf(request)
  const maxUses = request.maxUses ?? INVITE_DEFAULTS[role].maxUses
  const expiresAt = inviteExpiry(request.days ?? INVITE_DEFAULTS[role].days, now)
  const targets: Array<{ unitId: string | null; districtId: string | null }> = []
  let skipped = 0

  if (request.target === 'all_units' || request.target === 'unit') {
    const units = await findUnits(tx, campaign.id)
    const live = await findUnitsWithLiveCode(tx, campaign.id, now)
    if (request.target === 'all_units') {
      for (const unit of units) {
        if (live.has(unit.id)) skipped += 1
        else targets.push({ unitId: unit.id, districtId: null })
      }
    } else {
      const unit = units.find((u) => u.id === request.unitId)
      if (!unit) throw new AppError('unit_not_found', { userMessage: '该单位不属于本活动月' })
      // One live code per unit: the poster shows one code, and a second would leave two in circulation.
      if (live.has(unit.id)) throw new AppError('conflict', { userMessage: `“${unit.name}”已有有效邀请码，如需更换请先撤销原邀请码` })
      targets.push({ unitId: unit.id, districtId: null })
    }
  } else if (request.target === 'district_admin') {
    const district = (await findDistricts(tx, campaign.id)).find((d) => d.id === request.districtId)
    if (!district) throw new AppError('not_found', { userMessage: '该区县不属于本活动月' })
    targets.push({ unitId: null, districtId: district.id })
  } else {
    targets.push({ unitId: null, districtId: null })
  }

  const codes: string[] = []
  for (const target of targets) {
    const code = await insertFreshCode(tx, { campaignId: campaign.id, role, ...target, maxUses, expiresAt, note: request.note ?? null, createdBy: actorId })
    codes.push(code)
    await insertAudit(tx, {
      campaignId: campaign.id,
      actorId,
      action: 'invite.issue',
      after: { code, role, unitId: target.unitId, districtId: target.districtId, maxUses, expiresAt: expiresAt.toISOString(), note: request.note ?? null, via: actorId ? 'app' : 'cli' },
    })
  }
  const rows = codes.length > 0 ? await findInvites(tx, campaign.id, now, codes) : []
  return { created: rows.map((row) => toInvite(row, options.baseUrl)), skipped }
}

function roleOf(request: TIssueInvitesRequest): TInviteRole {
  if (request.target === 'all_units' || request.target === 'unit') return 'unit_contact'
  return request.target
}

/** Draws codes until one is free; 40 bits make a second draw already rare. */
async function insertFreshCode(tx: TTx, invite: Omit<Parameters<typeof insertInvite>[1], 'code'>): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = generateInviteCode()
    if (await insertInvite(tx, { ...invite, code })) return code
  }
  throw new Error('no free invite code after 8 draws')
}
