import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { showMessage, showSuccess } from '../../../shared/toast'
import { StateView } from '../../../shared/ui/state-view'
import { useRemote } from '../../../shared/use-remote'
import { listDemoAccounts } from '../api/list-demo-accounts'
import { resumeAfterLogin } from '../resume-after-login'
import { signInAsDemoAccount } from '../session-store'
import { RoleTag } from './role-tag'
import './auth.scss'

/** The local demo login: pick one of the seeded people. Offered only when the server runs in demo mode. */
export function DemoAccountList() {
  const accounts = useRemote(listDemoAccounts, [])
  const [pendingId, setPendingId] = useState<string | null>(null)

  async function signIn(userId: string) {
    if (pendingId) return
    setPendingId(userId)
    try {
      const user = await signInAsDemoAccount(userId)
      showSuccess(`已登录：${user.displayName}`)
      resumeAfterLogin()
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setPendingId(null)
    }
  }

  return (
    <View className='demo-login'>
      <View className='demo-login__header'>
        <Text className='demo-login__title'>本地演示登录（仅限本地环境）</Text>
        <Text className='demo-login__note'>演示账号只存在于本地示例数据中，正式环境使用微信登录。</Text>
      </View>
      {accounts.error ? (
        <StateView kind='error' title='演示账号加载失败' description={accounts.error} actionText='重试' onAction={accounts.reload} />
      ) : (
        <View className='demo-login__list'>
          {(accounts.data?.items ?? []).map((account) => (
            <View
              key={account.userId}
              className='demo-account'
              hoverClass='demo-account--pressed'
              onClick={() => void signIn(account.userId)}
            >
              <View className='demo-account__text'>
                <View className='demo-account__title'>
                  <Text className='demo-account__name'>{account.displayName}</Text>
                  <RoleTag role={account.role} />
                </View>
                <Text className='demo-account__description'>{account.description}</Text>
              </View>
              <Text className='demo-account__action'>{pendingId === account.userId ? '登录中…' : '登录'}</Text>
            </View>
          ))}
          {accounts.loading && !accounts.data ? <Text className='demo-login__loading'>正在加载演示账号…</Text> : null}
        </View>
      )}
    </View>
  )
}
