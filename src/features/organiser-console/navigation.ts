import Taro from '@tarojs/taro'

/** The organiser console (subpackage package-organiser). Every page takes ?campaignId=. */
export const CONSOLE_PAGES = {
  home: '/package-organiser/home/index',
  invites: '/package-organiser/invites/index',
  campaign: '/package-organiser/campaign/index',
  status: '/package-organiser/status/index',
  photoReview: '/package-organiser/photo-review/index',
  exports: '/package-organiser/exports/index',
  dashboard: '/package-organiser/dashboard/index',
} as const
export type TConsolePage = keyof typeof CONSOLE_PAGES

export function consoleUrl(page: TConsolePage, query: Record<string, string | undefined> = {}): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
  return `${CONSOLE_PAGES[page]}${parts.length > 0 ? `?${parts.join('&')}` : ''}`
}

/** Without a campaign id the console opens the campaign chosen last (or the first). */
export function openConsoleHome(campaignId?: string): void {
  void Taro.navigateTo({ url: consoleUrl('home', { campaignId }) })
}

export function openConsolePage(page: TConsolePage, campaignId: string, query: Record<string, string | undefined> = {}): void {
  void Taro.navigateTo({ url: consoleUrl(page, { campaignId, ...query }) })
}
