import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import './checkin.scss'

interface CheckinCodeEntryProps {
  label: string
  busy: boolean
  onSubmit: (code: string) => Promise<boolean>
}

/** For those who cannot scan: the six digits shown under the contact's QR (or read aloud), typed here. */
export function CheckinCodeEntry({ label, busy, onSubmit }: CheckinCodeEntryProps) {
  const [code, setCode] = useState('')
  async function submit() {
    if (await onSubmit(code)) setCode('')
  }
  return (
    <View className='checkin-entry'>
      <Text className='checkin-entry__label'>输入 6 位签到码</Text>
      <Text className='checkin-entry__hint'>联系人手机上签到二维码下方的 6 位数字，每 30 秒更换。</Text>
      <View className='checkin-entry__row'>
        <Input
          className='checkin-code-input'
          type='digit'
          value={code}
          placeholder='6 位数字'
          maxLength={7}
          aria-label='6 位签到码'
          onChange={(value) => setCode(value.replace(/[^\d ]/g, ''))}
          onConfirm={() => void submit()}
        />
        <Button className='checkin-code-submit' type='primary' size='small' loading={busy} onClick={() => void submit()}>
          {label}
        </Button>
      </View>
    </View>
  )
}
