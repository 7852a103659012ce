import { useState } from 'react'
import type { TInvite, TIssueInvitesRequest, TIssueInvitesResponse } from '../../../../types/api/invites'
import { describeError } from '../../../shared/api-error'
import { confirmAction, showNotice } from '../../../shared/modal'
import { showMessage, showSuccess } from '../../../shared/toast'
import { issueInvites } from '../api/issue-invites'
import { revokeInvite } from '../api/revoke-invite'
import { spacedCode } from '../describe-invite'

/** Issuing and revoking, with the busy state, the words afterwards, and a fresh list. */
export function useInviteActions(campaignId: string, reload: () => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null)

  async function run<T>(key: string, work: () => Promise<T>): Promise<T | null> {
    setBusy(key)
    try {
      const result = await work()
      await reload()
      return result
    } catch (error) {
      await showNotice('没有完成', describeError(error))
      return null
    } finally {
      setBusy(null)
    }
  }

  async function issue(key: string, request: TIssueInvitesRequest): Promise<TIssueInvitesResponse | null> {
    const result = await run(key, () => issueInvites(campaignId, request))
    if (result && request.target === 'all_units') {
      const skipped = result.skipped > 0 ? `，${result.skipped} 个已有有效邀请码的单位未重复生成` : ''
      if (result.created.length > 0) showSuccess(`已生成 ${result.created.length} 个`)
      await showNotice('单位邀请码', `已为 ${result.created.length} 个单位生成邀请码${skipped}。`)
    } else if (result) {
      showSuccess('已生成')
    }
    return result
  }

  async function revoke(invite: TInvite): Promise<boolean> {
    const ok = await confirmAction({
      title: `撤销邀请码 ${spacedCode(invite.code)}？`,
      content: '撤销后不能再用它加入；已经用它加入的人不受影响。',
      confirmText: '撤销',
      cancelText: '不撤销',
    })
    if (!ok) return false
    const result = await run(`revoke:${invite.code}`, () => revokeInvite(campaignId, invite.code))
    if (result) showMessage(`已撤销 ${spacedCode(invite.code)}`)
    return result !== null
  }

  return { busy, issue, revoke }
}
