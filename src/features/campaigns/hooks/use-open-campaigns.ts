import { useMemo } from 'react'
import type { TCampaignSummary } from '../../../../types/api/campaigns'
import { todayInShanghai } from '../../../shared/today'
import { useRemote } from '../../../shared/use-remote'
import { useSession } from '../../auth/hooks/use-session'
import { listCampaigns } from '../api/list-campaigns'
import { openCampaigns, resolveCampaignId, useChosenCampaignId } from '../chosen-campaign'

export interface OpenCampaigns {
  /** The campaign to show: the stored choice if still open, else the server's current one. */
  campaignId: string | null
  /** Every campaign open to the person; a switcher is worth showing when there are two or more. */
  options: TCampaignSummary[]
}

/**
 * The campaigns open to this person. Signing in can add some (their unit's, unpublished ones), so
 * the list is asked again when the session changes.
 */
export function useOpenCampaigns(currentId: string | null): OpenCampaigns {
  const session = useSession()
  const who = session.status === 'signed_in' ? session.user.id : session.status
  const list = useRemote(listCampaigns, [who])
  const stored = useChosenCampaignId()
  return useMemo(() => {
    const options = list.data ? openCampaigns(list.data.items, todayInShanghai(), currentId) : []
    return { campaignId: resolveCampaignId(options, stored, currentId), options }
  }, [list.data, stored, currentId])
}
