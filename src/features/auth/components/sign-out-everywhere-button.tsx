import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { confirmAction } from '../../../shared/modal'
import { showMessage, showSuccess } from '../../../shared/toast'
import { signOutEverywhere } from '../api/sign-out-everywhere'
import { signOut } from '../session-store'

/**
 * 退出所有设备: for a lost phone or a shared computer. Every session of this account ends — this
 * one too — so the person logs in again here afterwards.
 */
export function SignOutEverywhereButton() {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    const confirmed = await confirmAction({
      title: '退出所有设备',
      content: '所有登录过这个账号的手机和电脑都会退出登录（包括这台），之后需要重新登录。手机丢失或在别人的设备上登录过时使用。',
      confirmText: '全部退出',
    })
    if (!confirmed) return
    setBusy(true)
    try {
      await signOutEverywhere()
      signOut()
      showSuccess('已退出所有设备')
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button className='logout-everywhere-button' block fill='none' loading={busy} disabled={busy} onClick={() => void run()}>
      退出所有设备
    </Button>
  )
}
