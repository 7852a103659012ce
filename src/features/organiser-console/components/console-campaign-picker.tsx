import { Text, View } from '@tarojs/components'
import { ROLE_LABELS } from '../../../../types/domain'
import type { TConsoleCampaign } from '../console-campaigns'

/** For people who run several campaigns: one chip each; the open one is marked. */
export function ConsoleCampaignPicker({ campaigns, value, onPick }: { campaigns: TConsoleCampaign[]; value: string; onPick: (campaignId: string) => void }) {
  return (
    <View className='console-picker'>
      <Text className='console-picker__label'>切换活动月</Text>
      <View className='console-picker__chips'>
        {campaigns.map((c) => (
          <View
            key={c.campaignId}
            className={`console-picker__chip console-picker-chip${c.campaignId === value ? ' console-picker__chip--active' : ''}`}
            onClick={() => onPick(c.campaignId)}
          >
            <Text className='console-picker__title'>{c.campaignTitle}</Text>
            <Text className='console-picker__role'>{ROLE_LABELS[c.role]}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
