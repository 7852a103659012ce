import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatDateTime } from '../../../shared/date'
import { QrCode } from '../../../shared/ui/qr-code'
import type { RotatingCode } from '../hooks/use-rotating-code'
import './manage.scss'

/**
 * The rotating 签到码 the unit contact holds up: a QR for WeChat's scanner and the same code as six
 * digits for volunteers who type it (or hear it read aloud). Both are made on this phone.
 */
export function CheckinQrCard({ rotating }: { rotating: RotatingCode }) {
  const side = Math.min(Taro.getWindowInfo().windowWidth - 120, 280)
  const { code, error, secondsLeft, offline, opensAt } = rotating
  const digits = code ? `${code.shortCode.slice(0, 3)} ${code.shortCode.slice(3)}` : ''
  return (
    <View className='qr-card'>
      <Text className='qr-card__title'>签到码</Text>
      <Text className='qr-card__hint'>志愿者在活动详情页点「扫码签到」扫描，或输入下方 6 位数字；签退时再扫一次。</Text>
      {offline ? (
        <Text className='qr-card__offline checkin-offline-badge' aria-live='polite'>
          无网络：签到码由本机生成，照常有效
        </Text>
      ) : null}
      {code ? (
        <>
          <View className='qr-card__code' style={{ width: `${side}px`, height: `${side}px` }}>
            <QrCode className='checkin-qr' text={code.qrText} size={side} canvasId='checkin-qr-canvas' />
          </View>
          <Text className='qr-card__digits-label'>无法扫码时输入</Text>
          <Text className='qr-card__digits checkin-short-code' aria-label={`6 位签到码 ${code.shortCode.split('').join(' ')}`} userSelect>
            {digits}
          </Text>
          <Text className='qr-card__countdown checkin-code-countdown'>{`${secondsLeft} 秒后自动更换，截图无效`}</Text>
        </>
      ) : null}
      {!code && opensAt ? (
        <Text className='qr-card__countdown checkin-code-opens'>{`签到将于 ${formatDateTime(opensAt)} 开放（活动开始前 1 小时）`}</Text>
      ) : null}
      {error ? (
        <View className='qr-card__error'>
          <Text className='qr-card__error-text checkin-code-error'>{error}</Text>
          <Button size='small' type='primary' fill='outline' onClick={rotating.refresh}>
            重试
          </Button>
        </View>
      ) : null}
      {!code && !error && !opensAt ? <Text className='qr-card__countdown'>正在生成签到码…</Text> : null}
    </View>
  )
}
