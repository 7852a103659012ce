import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { isWeapp } from '../../../shared/platform'
import { QrCode } from '../../../shared/ui/qr-code'
import type { RotatingCode } from '../hooks/use-rotating-code'
import './manage.scss'

/** The rotating 签到码 the unit contact holds up; volunteers scan it to check in and out. */
export function CheckinQrCard({ rotating }: { rotating: RotatingCode }) {
  const side = Math.min(Taro.getWindowInfo().windowWidth - 120, 280)
  const { code, error, secondsLeft } = rotating
  return (
    <View className='qr-card'>
      <Text className='qr-card__title'>签到码</Text>
      <Text className='qr-card__hint'>请志愿者在活动详情页点「扫码签到」扫描；签退时再扫一次。</Text>
      <View className='qr-card__code' style={{ width: `${side}px`, height: `${side}px` }}>
        {code ? <QrCode className='checkin-qr' text={code.qrText} size={side} canvasId='checkin-qr-canvas' /> : null}
      </View>
      {error ? (
        <View className='qr-card__error'>
          <Text className='qr-card__error-text checkin-code-error'>{error}</Text>
          <Button size='small' type='primary' fill='outline' onClick={rotating.refresh}>
            重试
          </Button>
        </View>
      ) : (
        <Text className='qr-card__countdown checkin-code-countdown'>{code ? `${secondsLeft} 秒后自动刷新，截图无效` : '正在生成签到码…'}</Text>
      )}
      {/* A browser cannot scan: volunteers on H5 paste the code's text, so it can be copied here. */}
      {!isWeapp && code ? (
        <View className='qr-card__text'>
          <Text className='qr-card__text-label'>签到码文字（供无法扫码的志愿者粘贴）</Text>
          <Text className='qr-card__text-value checkin-code-text' userSelect>
            {code.qrText}
          </Text>
          <Button className='copy-checkin-code' size='small' fill='outline' onClick={() => void Taro.setClipboardData({ data: code.qrText })}>
            复制签到码
          </Button>
        </View>
      ) : null}
    </View>
  )
}
