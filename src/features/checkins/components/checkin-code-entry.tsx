import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import './checkin.scss'

interface CheckinCodeEntryProps {
  label: string
  busy: boolean
  onSubmit: (code: string) => Promise<boolean>
}

/** H5 has no camera scanner: the code the contact shows (or sends) is pasted here instead. */
export function CheckinCodeEntry({ label, busy, onSubmit }: CheckinCodeEntryProps) {
  const [code, setCode] = useState('')
  async function submit() {
    if (await onSubmit(code)) setCode('')
  }
  return (
    <View className='checkin-entry'>
      <Text className='checkin-entry__label'>输入签到码</Text>
      <Text className='checkin-entry__hint'>请向活动联系人索取签到码文字，粘贴到下方。</Text>
      <View className='checkin-entry__row'>
        <Input className='checkin-code-input' value={code} placeholder='粘贴签到码' maxLength={300} onChange={setCode} onConfirm={() => void submit()} />
        <Button className='checkin-code-submit' type='primary' size='small' loading={busy} onClick={() => void submit()}>
          {label}
        </Button>
      </View>
    </View>
  )
}
