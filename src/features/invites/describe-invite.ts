import type { TInvite, TInviteRole } from '../../../types/api/invites'
import { ROLE_LABELS } from '../../../types/domain'
import { toShanghai } from '../../shared/date'

/** Who a code is for, as the lists and cards name it. */
export function inviteTarget(invite: Pick<TInvite, 'role' | 'unitName' | 'districtName' | 'note'>): string {
  if (invite.role === 'unit_contact') return invite.unitName ?? '单位联系人'
  if (invite.role === 'district_admin') return invite.districtName ?? '区县管理员'
  return invite.note ? `组织方 · ${invite.note}` : '组织方'
}

export function inviteRoleLabel(role: TInviteRole): string {
  return ROLE_LABELS[role]
}

/**
 * A code stops working at the start of a Shanghai day (expiresAt = next midnight): people read the
 * last day it works, "有效期至 3月15日".
 */
export function describeExpiry(expiresAt: string | null): string {
  if (!expiresAt) return '长期有效'
  const last = toShanghai(expiresAt).subtract(1, 'millisecond')
  return `有效期至 ${last.year()}年${last.month() + 1}月${last.date()}日`
}

export function describeUses(invite: Pick<TInvite, 'useCount' | 'maxUses'>): string {
  return `已用 ${invite.useCount}/${invite.maxUses} 次`
}

/** The code in two groups of four, easier to read aloud and to copy by eye. */
export function spacedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code
}
