import { Button, Input } from '@nutui/nutui-react-taro'
import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TFridayDeadlinesInput } from '../../../../types/api/campaign-setup'
import { SetupError, SetupField } from './setup-ui'

/** Every Friday of a month (肇庆: 每周五报送统计表), one weekly-statistics deadline each. */
export function FridayForm({ month: initialMonth, busy, error, onSubmit, onCancel }: { month: string; busy: boolean; error: string | null; onSubmit: (input: TFridayDeadlinesInput) => void; onCancel: () => void }) {
  const [month, setMonth] = useState(initialMonth)
  const [time, setTime] = useState('18:00')
  const [suffix, setSuffix] = useState('活动开展情况统计表')
  const m = Number(month.slice(5, 7))
  return (
    <View className='setup-form friday-form'>
      <SetupField label='月份' name='friday-month'>
        <View className='setup-pickers'>
          <Picker mode='date' fields='month' value={month} onChange={(e) => setMonth(String(e.detail.value).slice(0, 7))}>
            <View className='setup-picker friday-month'>
              <Text>
                {Number(month.slice(0, 4))}年{m}月的每个周五
              </Text>
            </View>
          </Picker>
          <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
            <View className='setup-picker friday-time'>
              <Text>{time} 截止</Text>
            </View>
          </Picker>
        </View>
      </SetupField>
      <SetupField label='标题' name='friday-suffix' hint={`标题为“${m}月X日（周五）${suffix}”；已有的周五不会重复生成`}>
        <Input className='setup-input friday-suffix' value={suffix} maxLength={80} onChange={setSuffix} />
      </SetupField>
      <SetupError message={error} />
      <View className='setup-form__actions'>
        <Button className='setup-cancel' fill='outline' onClick={onCancel}>
          取消
        </Button>
        <Button className='setup-submit friday-submit' type='primary' loading={busy} onClick={() => onSubmit({ month, time, titleSuffix: suffix })}>
          生成每周五截止时间
        </Button>
      </View>
    </View>
  )
}
