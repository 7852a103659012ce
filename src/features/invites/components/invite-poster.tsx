import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TInvitePosterResponse } from '../../../../types/api/invites'
import { QrCode } from '../../../shared/ui/qr-code'
import { printPage } from '../print-page'
import { describeExpiry, spacedCode } from '../describe-invite'
import './invite-poster.scss'

type TLayout = 'one' | 'four'

/**
 * H5: print-ready cards, one per unit — unit, campaign, QR of the join link, the code, how to join,
 * expiry — one or four to an A4 sheet (print CSS). The organiser prints from the browser.
 */
export function InvitePoster({ poster }: { poster: TInvitePosterResponse }) {
  const [layout, setLayout] = useState<TLayout>('four')
  return (
    <View className={`invite-poster invite-poster--${layout}`}>
      <View className='invite-poster__toolbar'>
        <View className='invite-poster__toolbar-text'>
          <Text className='invite-poster__title'>单位邀请码海报 · {poster.cards.length} 张</Text>
          <Text className='invite-poster__hint'>
            用浏览器打印（A4），裁开后发给各单位联系人。
            {poster.missing.length > 0 ? `${poster.missing.length} 个单位没有有效邀请码，未生成海报：${poster.missing.map((m) => m.unitName).join('、')}。` : ''}
          </Text>
        </View>
        <View className='invite-poster__layouts'>
          {(['one', 'four'] as const).map((key) => (
            <View
              key={key}
              className={`invite-poster__layout invite-poster-layout-${key}${layout === key ? ' invite-poster__layout--active' : ''}`}
              onClick={() => setLayout(key)}
            >
              <Text>{key === 'one' ? '每页 1 张' : '每页 4 张'}</Text>
            </View>
          ))}
        </View>
        <Button className='invite-poster__print invite-poster-print' type='primary' onClick={printPage}>
          打印
        </Button>
      </View>
      <View className='invite-poster__sheet'>
        {poster.cards.map((card) => (
          <View key={card.unitId} className='poster-card'>
            <Text className='poster-card__campaign'>{poster.campaign.title}</Text>
            <Text className='poster-card__role'>单位联系人邀请</Text>
            <Text className='poster-card__unit poster-card-unit'>{card.unitName}</Text>
            {card.districtName ? <Text className='poster-card__district'>{card.districtName}</Text> : null}
            <QrCode className='poster-card__qr' text={card.joinUrl} size={180} canvasId={`poster-qr-${card.unitId}`} />
            <Text className='poster-card__code poster-card-code'>{spacedCode(card.code)}</Text>
            <Text className='poster-card__steps'>微信扫码，或打开小程序「我的」→ 登录 → 输入邀请码 → 加入</Text>
            <Text className='poster-card__expiry'>
              {describeExpiry(card.expiresAt)} · 可用 {card.maxUses} 次 · {poster.campaign.issuer}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
