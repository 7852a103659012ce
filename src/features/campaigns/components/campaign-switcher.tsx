import { Picker, Text, View } from '@tarojs/components'
import type { TCampaignSummary } from '../../../../types/api/campaigns'
import { chooseCampaign } from '../chosen-campaign'
import './campaign-switcher.scss'

/** A campaign's name in a list: its theme when it has one, else its title, with city and year. */
export function campaignLabel(c: Pick<TCampaignSummary, 'city' | 'year' | 'theme' | 'title'>): string {
  return `${c.year} ${c.city} · ${c.theme ?? c.title}`
}

interface CampaignSwitcherProps {
  options: TCampaignSummary[]
  selectedId: string | null
  /** `light` on the red banner, `plain` on a white card. */
  tone?: 'light' | 'plain'
}

/** 切换活动月: only where two or more campaigns are open to the person; nothing otherwise. */
export function CampaignSwitcher({ options, selectedId, tone = 'light' }: CampaignSwitcherProps) {
  if (options.length < 2) return null
  const index = Math.max(0, options.findIndex((c) => c.id === selectedId))
  return (
    <Picker
      mode='selector'
      range={options.map(campaignLabel)}
      value={index}
      onChange={(e) => {
        const picked = options[Number(e.detail.value)]
        if (picked) chooseCampaign(picked.id)
      }}
    >
      <View className={`campaign-switcher campaign-switcher--${tone}`} aria-role='button' aria-label={`切换活动月，共 ${options.length} 个`}>
        <Text>切换活动月 ▾</Text>
      </View>
    </Picker>
  )
}
