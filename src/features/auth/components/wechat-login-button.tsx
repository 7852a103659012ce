import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { isWeapp } from '../../../shared/platform'
import { showMessage } from '../../../shared/toast'
import { resumeAfterLogin } from '../resume-after-login'
import { signInWithWechat } from '../session-store'

export function WechatLoginButton() {
  const [busy, setBusy] = useState(false)

  if (!isWeapp) {
    return <Text className='wechat-login__note'>请在微信小程序「学雷锋志愿服务月」中使用微信登录。</Text>
  }

  async function signIn() {
    setBusy(true)
    try {
      await signInWithWechat()
      resumeAfterLogin()
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='wechat-login'>
      <Button className='wechat-login-button' type='primary' block loading={busy} onClick={() => void signIn()}>
        微信登录
      </Button>
    </View>
  )
}
