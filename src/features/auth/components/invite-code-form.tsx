import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ZJoinRequest } from '../../../../types/api/auth'
import { describeError } from '../../../shared/api-error'
import { showSuccess } from '../../../shared/toast'
import { joinCampaign } from '../session-store'
import './auth.scss'

/**
 * 单位联系人, 组织方 and 区县管理员 join a campaign with the invite code the 文明办 hands out.
 * `initialCode` comes from a scanned join link: the box is filled, the person only taps 加入.
 */
export function InviteCodeForm({ initialCode }: { initialCode?: string }) {
  const [code, setCode] = useState(initialCode ?? '')
  useEffect(() => {
    if (initialCode) setCode(initialCode)
  }, [initialCode])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    const parsed = ZJoinRequest.safeParse({ inviteCode: code })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '邀请码格式不正确')
      return
    }
    setBusy(true)
    setError(null)
    try {
      await joinCampaign(parsed.data.inviteCode)
      setCode('')
      showSuccess('已加入')
    } catch (e) {
      setError(describeError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='me-card invite-form'>
      <Text className='me-card__title'>加入单位或组织方</Text>
      <Text className='me-card__hint'>单位联系人、组织方、区县管理员请输入文明办下发的邀请码（6–12 位字母或数字）。</Text>
      {initialCode && code === initialCode ? <Text className='invite-form__linked invite-code-linked'>已从二维码填入邀请码，确认无误后点「加入」。</Text> : null}
      <View className='invite-form__row'>
        <Input
          className='invite-code-input'
          value={code}
          placeholder='输入邀请码'
          maxLength={12}
          onChange={(value) => {
            setCode(value.toUpperCase())
            setError(null)
          }}
          onConfirm={() => void submit()}
        />
        <Button className='invite-code-submit' type='primary' loading={busy} onClick={() => void submit()}>
          加入
        </Button>
      </View>
      {error ? <Text className='invite-form__error invite-code-error'>{error}</Text> : null}
    </View>
  )
}
