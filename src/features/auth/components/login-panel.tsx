import { Text, View } from '@tarojs/components'
import type { TAppConfigResponse } from '../../../../types/api/app-config'
import { DemoAccountList } from './demo-account-list'
import { WechatLoginButton } from './wechat-login-button'
import './auth.scss'

/** What a signed-out person sees on 我的: why to sign in, then the login the server offers. */
export function LoginPanel({ loginMode }: { loginMode: TAppConfigResponse['loginMode'] }) {
  return (
    <View className='login-panel'>
      <View className='login-panel__intro'>
        <Text className='login-panel__title'>登录学雷锋志愿服务月</Text>
        <Text className='login-panel__text'>登录后可加入单位或组织方，参与活动报名与服务时长记录。</Text>
      </View>
      {loginMode === 'demo' ? <DemoAccountList /> : <WechatLoginButton />}
    </View>
  )
}
