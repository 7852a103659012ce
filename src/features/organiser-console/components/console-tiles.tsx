import { Text, View } from '@tarojs/components'
import type { TConsoleHomeResponse, TConsoleRole } from '../../../../types/api/organiser-console'
import { openConsolePage, type TConsolePage } from '../navigation'

type TTile = { page: TConsolePage; glyph: string; label: string; roles: TConsoleRole[]; hint: (home: TConsoleHomeResponse) => string }

/** The console's sections. Setting up, inviting and deciding photos are the organisers' alone. */
const TILES: TTile[] = [
  {
    page: 'invites',
    glyph: '邀',
    label: '邀请码',
    roles: ['organiser'],
    hint: (home) =>
      home.invites && home.invites.unitsWithoutCode > 0 ? `${home.invites.unitsWithoutCode} 个单位还没有有效邀请码` : `${home.invites?.live ?? 0} 个有效邀请码`,
  },
  { page: 'campaign', glyph: '设', label: '活动月设置', roles: ['organiser'], hint: () => '期限、指标、区县与单位' },
  { page: 'status', glyph: '报', label: '报送情况', roles: ['organiser', 'district_admin'], hint: () => '各单位提交了什么、谁逾期' },
  { page: 'photoReview', glyph: '照', label: '照片复核', roles: ['organiser'], hint: () => '待人工复核与不合格的照片' },
  { page: 'exports', glyph: '表', label: '导出报表', roles: ['organiser', 'district_admin'], hint: () => '附件1、附件2、统计表' },
  { page: 'dashboard', glyph: '图', label: '数据看板', roles: ['organiser', 'district_admin'], hint: () => '报名、活动、时长与完成度' },
]

export function ConsoleTiles({ home }: { home: TConsoleHomeResponse }) {
  const tiles = TILES.filter((tile) => tile.roles.includes(home.role))
  return (
    <View className='console-tiles'>
      {tiles.map((tile) => (
        <View
          key={tile.page}
          className={`console-tile console-tile--${tile.page}`}
          hoverClass='console-tile--pressed'
          onClick={() => openConsolePage(tile.page, home.campaign.id)}
        >
          <View className='console-tile__glyph'>
            <Text>{tile.glyph}</Text>
          </View>
          <View className='console-tile__text'>
            <Text className='console-tile__label'>{tile.label}</Text>
            <Text className='console-tile__hint'>{tile.hint(home)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
