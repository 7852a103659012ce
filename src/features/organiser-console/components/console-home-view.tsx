import { View } from '@tarojs/components'
import type { TConsoleHomeResponse } from '../../../../types/api/organiser-console'
import type { TConsoleCampaign } from '../console-campaigns'
import { ConsoleCampaignPicker } from './console-campaign-picker'
import { ConsoleHeader } from './console-header'
import { ConsoleScopeTable } from './console-scope-table'
import { ConsoleTiles } from './console-tiles'
import './console.scss'

interface ConsoleHomeViewProps {
  home: TConsoleHomeResponse
  campaigns: TConsoleCampaign[]
  onPickCampaign: (campaignId: string) => void
}

/**
 * The console home: the campaign and the figures, the sections as tiles, and the districts (or a
 * district admin's units) as a table. One column on a phone; two panes on a desk (≥ 1024 px).
 */
export function ConsoleHomeView({ home, campaigns, onPickCampaign }: ConsoleHomeViewProps) {
  return (
    <View className='console-home'>
      <View className='console-home__main'>
        <ConsoleHeader home={home} />
        {campaigns.length > 1 ? <ConsoleCampaignPicker campaigns={campaigns} value={home.campaign.id} onPick={onPickCampaign} /> : null}
        <ConsoleTiles home={home} />
      </View>
      <View className='console-home__side'>
        <ConsoleScopeTable home={home} />
      </View>
    </View>
  )
}
