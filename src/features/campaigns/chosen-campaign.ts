import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import type { TCampaignSummary } from '../../../types/api/campaigns'

/**
 * Which campaign the volunteer looks at, where several are open to them (e.g. the city's March and
 * their own unit's year-round programme). Kept in storage so the choice survives a restart; shared
 * in memory so the activity list, 我的 and the certificate follow it at once.
 */
const CHOSEN_KEY = 'xlf.campaign.chosen'
const listeners = new Set<() => void>()

function readStored(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(CHOSEN_KEY)
    return typeof value === 'string' && value.length > 0 ? value : null
  } catch {
    return null
  }
}

let chosen: string | null | undefined

function current(): string | null {
  if (chosen === undefined) chosen = readStored()
  return chosen
}

export function chooseCampaign(id: string): void {
  chosen = id
  Taro.setStorageSync(CHOSEN_KEY, id)
  listeners.forEach((listener) => listener())
}

export function useChosenCampaignId(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    current,
    current,
  )
}

/** Campaigns still running or to come (the server's current one always counts), soonest first. */
export function openCampaigns(items: TCampaignSummary[], today: string, currentId: string | null): TCampaignSummary[] {
  return items
    .filter((c) => c.id === currentId || c.periodEnd >= today)
    .sort((a, b) => (a.id === currentId ? -1 : b.id === currentId ? 1 : a.periodStart.localeCompare(b.periodStart) || a.id.localeCompare(b.id)))
}

/** The stored choice while it is still open to the person; else the server's current campaign. */
export function resolveCampaignId(open: TCampaignSummary[], stored: string | null, currentId: string | null): string | null {
  if (stored && open.some((c) => c.id === stored)) return stored
  return currentId
}
