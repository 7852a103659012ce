import type { TDemoAccountsResponse, TMembership, TSessionUser } from '../../../types/api/auth'
import { PRIVACY_POLICY_VERSION, type TRole } from '../../../types/domain'
import { maskPhone } from '../activities/repository'
import type { TTx } from '../db/client'

/** The user and every membership, as the session response and /api/me show them. */
export async function findSessionUser(tx: TTx, userId: string): Promise<TSessionUser | null> {
  const [user] = await tx<{ id: string; display_name: string; is_demo: boolean; real_name: string | null; phone: string | null; has_consent: boolean }[]>`
    select id, display_name, is_demo, real_name, phone,
           exists (select 1 from privacy_consents c
                   where c.user_id = app_users.id and c.purpose = 'registration' and c.policy_version = ${PRIVACY_POLICY_VERSION}) as has_consent
    from app_users where id = ${userId}`
  if (!user) return null
  const memberships = await tx<
    { campaign_id: string; campaign_title: string; campaign_theme: string | null; role: TRole; unit_id: string | null; unit_name: string | null; district_id: string | null; district_name: string | null }[]
  >`
    select m.campaign_id, c.title as campaign_title, c.theme as campaign_theme, m.role, m.unit_id, u.name as unit_name, m.district_id, d.name as district_name
    from memberships m
    join campaigns c on c.id = m.campaign_id
    left join units u on u.id = m.unit_id
    left join districts d on d.id = m.district_id
    where m.user_id = ${userId}
    order by c.period_start desc, m.role, u.name, d.sort`
  return {
    id: user.id,
    displayName: user.display_name,
    isDemo: user.is_demo,
    profile: {
      realName: user.real_name,
      phoneMasked: maskPhone(user.phone),
      hasConsent: user.has_consent,
      complete: Boolean(user.real_name && user.phone && user.has_consent),
    },
    memberships: memberships.map(
      (m): TMembership => ({
        campaignId: m.campaign_id,
        campaignTitle: m.campaign_title,
        campaignTheme: m.campaign_theme,
        role: m.role,
        unitId: m.unit_id,
        unitName: m.unit_name,
        districtId: m.district_id,
        districtName: m.district_name,
      }),
    ),
  }
}

/** 401 unless the token's user exists and its epoch is current (what withUserTx checks for every request). */
export async function assertLiveSession(tx: TTx, session: { sub: string; sep?: number }): Promise<void> {
  await tx`select app_private.assert_live_session(${session.sub}, ${session.sep ?? 0})`
}

/** The epoch new tokens carry; 退出所有设备 raises it (app_private.sign_out_everywhere). */
export async function findSessionEpoch(tx: TTx, userId: string): Promise<number> {
  const [row] = await tx<{ session_epoch: number }[]>`select session_epoch from app_users where id = ${userId}`
  return row?.session_epoch ?? 0
}

/** Retires every token the caller holds; answers when. */
export async function signOutEverywhereInSql(tx: TTx): Promise<Date> {
  const [row] = await tx<{ revoked_at: Date }[]>`select app_private.sign_out_everywhere() as revoked_at`
  if (!row) throw new Error('sign_out_everywhere returned nothing')
  return row.revoked_at
}

/** Finds the user behind a WeChat openid, creating one on first login. */
export async function upsertWechatUser(tx: TTx, openid: string, unionid: string | null): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into app_users (wechat_openid, wechat_unionid, display_name)
    values (${openid}, ${unionid}, ${'微信用户' + openid.slice(-4)})
    on conflict (wechat_openid) do update set wechat_unionid = coalesce(excluded.wechat_unionid, app_users.wechat_unionid)
    returning id`
  if (!row) throw new Error('upsert returned no row')
  return row.id
}

export async function isDemoUser(tx: TTx, userId: string): Promise<boolean> {
  const [row] = await tx<{ is_demo: boolean }[]>`select is_demo from app_users where id = ${userId}`
  return row?.is_demo ?? false
}

export async function findDemoAccounts(tx: TTx): Promise<TDemoAccountsResponse['items']> {
  const rows = await tx<{ id: string; display_name: string; role: TRole | null; campaign_name: string | null; unit_name: string | null; district_name: string | null }[]>`
    select u.id, u.display_name, m.role, coalesce(c.theme, c.title) as campaign_name, un.name as unit_name, d.name as district_name
    from app_users u
    left join lateral (
      select * from memberships m where m.user_id = u.id
      order by case m.role when 'organiser' then 0 when 'district_admin' then 1 when 'unit_contact' then 2 else 3 end limit 1
    ) m on true
    left join campaigns c on c.id = m.campaign_id
    left join units un on un.id = m.unit_id
    left join districts d on d.id = m.district_id
    where u.is_demo
    order by case m.role when 'volunteer' then 0 when 'unit_contact' then 1 when 'district_admin' then 2 else 3 end, u.display_name`
  return rows.map((row) => {
    const role = row.role ?? 'volunteer'
    // The campaign by its theme (关爱他人 关爱社会 关爱自然), as the app names it everywhere; the notice's title only without one.
    const where = [row.campaign_name, row.unit_name ?? row.district_name].filter(Boolean).join(' · ')
    const description = DEMO_ROLE_DESCRIPTIONS[role]
    return { userId: row.id, displayName: row.display_name, role, description: where ? `${description}（${where}）` : description }
  })
}

const DEMO_ROLE_DESCRIPTIONS: Record<TRole, string> = {
  volunteer: '志愿者：浏览和报名活动',
  unit_contact: '单位联系人：发布本单位活动、上传照片',
  organiser: '组织方：查看各单位报送情况、导出报表',
  district_admin: '区县管理员：查看本区县各单位报送情况',
}

export type TInviteRow = {
  code: string
  campaign_id: string
  role: TRole
  unit_id: string | null
  district_id: string | null
  max_uses: number
  use_count: number
  expires_at: Date | null
  revoked_at: Date | null
}

/** Locks the invite so two people redeeming its last use at once cannot both succeed. */
export async function lockInvite(tx: TTx, code: string): Promise<TInviteRow | null> {
  const [row] = await tx<TInviteRow[]>`
    select code, campaign_id, role, unit_id, district_id, max_uses, use_count, expires_at, revoked_at
    from invite_codes where code = ${code} for update`
  return row ?? null
}

/** Returns false when the user already had this membership. */
export async function insertMembership(
  tx: TTx,
  input: { userId: string; campaignId: string; role: TRole; unitId: string | null; districtId: string | null },
): Promise<boolean> {
  const rows = await tx`
    insert into memberships (user_id, campaign_id, role, unit_id, district_id)
    values (${input.userId}, ${input.campaignId}, ${input.role}, ${input.unitId}, ${input.districtId})
    on conflict do nothing
    returning id`
  return rows.length > 0
}

export async function consumeInvite(tx: TTx, code: string): Promise<void> {
  await tx`update invite_codes set use_count = use_count + 1 where code = ${code}`
}

export async function insertAudit(
  tx: TTx,
  entry: { campaignId: string | null; actorId: string | null; action: string; entity: string; entityId: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value))
  // ::text first: a parameter typed jsonb by the cast would be JSON-encoded a second time by the driver.
  await tx`
    insert into audit_log (campaign_id, actor_id, action, entity, entity_id, before, after)
    values (${entry.campaignId}, ${entry.actorId}, ${entry.action}, ${entry.entity}, ${entry.entityId},
            ${json(entry.before)}::text::jsonb, ${json(entry.after)}::text::jsonb)`
}
