import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { TInvitePosterResponse } from '../../../../types/api/invites'
import { describeExpiry, spacedCode } from '../describe-invite'
import { InviteCardView } from './invite-card-view'
import './invite-poster.scss'

/**
 * weapp has no printing: one unit's card at a time, large, with 保存图片 (the saved picture prints
 * or forwards like the poster); the chips switch units.
 */
export function InvitePosterWeapp({ poster }: { poster: TInvitePosterResponse }) {
  const [index, setIndex] = useState(0)
  const card = poster.cards[Math.min(index, poster.cards.length - 1)]
  const width = Math.min(Taro.getWindowInfo().windowWidth - 48, 360)
  const content = useMemo(
    () =>
      card
        ? {
            campaignTitle: poster.campaign.title,
            target: card.unitName,
            roleLabel: '单位联系人',
            code: card.code,
            joinUrl: card.joinUrl,
            expiry: describeExpiry(card.expiresAt),
            uses: `可用 ${card.maxUses} 次`,
          }
        : null,
    [card, poster.campaign.title],
  )
  if (!card || !content) return null
  return (
    <View className='invite-poster-weapp'>
      {poster.cards.length > 1 ? (
        <View className='invite-poster-weapp__units'>
          {poster.cards.map((c, i) => (
            <View key={c.unitId} className={`invite-poster-weapp__unit${i === index ? ' invite-poster-weapp__unit--active' : ''}`} onClick={() => setIndex(i)}>
              <Text>{c.unitName}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text className='invite-poster-weapp__code'>{spacedCode(card.code)}</Text>
      <InviteCardView key={card.unitId} card={content} width={width} canvasId='invite-poster-card' />
    </View>
  )
}
