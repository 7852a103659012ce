import { Text, View } from '@tarojs/components'
import type { TMembership } from '../../../../types/api/auth'
import { ROLE_LABELS } from '../../../../types/domain'
import { consoleCampaigns } from '../console-campaigns'
import { openConsoleHome } from '../navigation'
import './console-entry-card.scss'

/**
 * 我的 → the organiser's and district admin's entry to their console, one row per campaign they
 * run. Nothing for anyone else.
 */
export function ConsoleEntryCard({ memberships }: { memberships: TMembership[] }) {
  const campaigns = consoleCampaigns(memberships)
  if (campaigns.length === 0) return null
  const organiser = campaigns.some((c) => c.role === 'organiser')
  return (
    <View className='me-card console-entry'>
      <View className='console-entry__header'>
        <Text className='console-entry__title'>{organiser ? '组织方工作台' : '区县工作台'}</Text>
        <Text className='console-entry__hint'>{organiser ? '邀请码 · 报送情况 · 照片复核 · 报表' : '本区县各单位的报送情况'}</Text>
      </View>
      {campaigns.map((c) => (
        <View
          key={c.campaignId}
          className='console-entry__row console-entry-row'
          hoverClass='console-entry__row--pressed'
          onClick={() => openConsoleHome(c.campaignId)}
        >
          <View className='console-entry__main'>
            <Text className='console-entry__campaign'>{c.campaignName}</Text>
            <Text className='console-entry__role'>
              {ROLE_LABELS[c.role]}
              {c.districtNames.length > 0 ? ` · ${c.districtNames.join('、')}` : ''}
            </Text>
          </View>
          <Text className='console-entry__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
