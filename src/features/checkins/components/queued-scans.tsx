import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { formatTime } from '../../../shared/date'
import type { CheckinActions } from '../hooks/use-checkin'
import './checkin.scss'

/** Scans still on this phone: 待同步 (sent when the network returns) or refused with the reason. */
export function QueuedScans({ checkin }: { checkin: CheckinActions }) {
  if (checkin.queued.length === 0) return null
  const waiting = checkin.queued.some((scan) => scan.state === 'pending')
  return (
    <View className='queued-scans' aria-live='polite'>
      {checkin.queued.map((scan) => (
        <View key={scan.scanId} className={`queued-scan queued-scan--${scan.state}`}>
          <View className='queued-scan__text'>
            <Text className='queued-scan__title'>{`${formatTime(scan.scannedAt)} 扫码 · ${scan.state === 'pending' ? '待同步' : '未计入'}`}</Text>
            <Text className='queued-scan__hint'>
              {scan.state === 'pending' ? '已保存在手机上，网络恢复后自动提交，按扫码时间计算服务时长。' : (scan.message ?? '服务器未接受这次扫码')}
            </Text>
          </View>
          {scan.state === 'failed' ? (
            <Button className='queued-scan__dismiss' size='small' fill='outline' onClick={() => checkin.dismiss(scan.scanId)}>
              知道了
            </Button>
          ) : null}
        </View>
      ))}
      {waiting ? (
        <Button className='queued-scans__sync checkin-sync-now' size='small' type='primary' fill='outline' loading={checkin.busy} onClick={() => void checkin.syncNow()}>
          立即同步
        </Button>
      ) : null}
    </View>
  )
}
