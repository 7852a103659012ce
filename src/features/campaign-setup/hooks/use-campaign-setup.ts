import { useEffect, useState } from 'react'
import type { TCampaignSetup } from '../../../../types/api/campaign-setup'
import { ApiError, describeError } from '../../../shared/api-error'
import { showSuccess } from '../../../shared/toast'
import { useRemote } from '../../../shared/use-remote'
import { getCampaignSetup } from '../api/setup-requests'

/** What a form shows after trying to save: nothing, or the server's Chinese sentence. */
export type TSaveResult = { ok: true } | { ok: false; message: string }

/** The field message when the server named one (its own words, without the path), else the message. */
export function describeSetupError(error: unknown): string {
  if (error instanceof ApiError && error.issues.length > 0) return error.issues.map((issue) => issue.message).join('；')
  return describeError(error)
}

/**
 * The set-up page's data and its changes. Every change answers the whole page, which replaces
 * what is shown; `busy` names the change in flight so its button spins and others wait.
 */
export function useCampaignSetup(campaignId: string | undefined) {
  const remote = useRemote(campaignId ? () => getCampaignSetup(campaignId) : null, [campaignId])
  const [setup, setSetup] = useState<TCampaignSetup | undefined>(undefined)
  const [busy, setBusy] = useState<string | null>(null)

  useEffect(() => {
    if (remote.data) setSetup(remote.data)
  }, [remote.data])

  async function save(key: string, work: () => Promise<TCampaignSetup>, done?: string): Promise<TSaveResult> {
    setBusy(key)
    try {
      setSetup(await work())
      if (done) showSuccess(done)
      return { ok: true }
    } catch (error) {
      return { ok: false, message: describeSetupError(error) }
    } finally {
      setBusy(null)
    }
  }

  const current = setup && setup.campaign.id === campaignId ? setup : undefined
  return { setup: current, error: remote.error, reload: remote.reload, busy, save, replace: setSetup }
}

export type TSetupState = ReturnType<typeof useCampaignSetup>
