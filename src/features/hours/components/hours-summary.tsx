import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TMyHoursResponse } from '../../../../types/api/checkins'
import { formatHours } from '../../checkins/announce-checkin'
import './hours.scss'

export function HoursSummary({ hours, onCertificate }: { hours: TMyHoursResponse; onCertificate: () => void }) {
  return (
    <View className='hours-summary'>
      <Text className='hours-summary__label'>累计志愿服务时长</Text>
      <View className='hours-summary__total'>
        <Text className='hours-summary__number hours-total'>{formatHours(hours.totalHours).replace(' 小时', '')}</Text>
        <Text className='hours-summary__unit'>小时</Text>
      </View>
      <Text className='hours-summary__sub'>参加活动 {hours.activityCount} 项</Text>
      <Button className='hours-summary__button certificate-entry' size='small' onClick={onCertificate}>
        查看服务证明
      </Button>
    </View>
  )
}
