import { Cell, Tag } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS } from '../../../../types/domain'
import { describeError } from '../../../shared/api-error'
import { showMessage, showSuccess } from '../../../shared/toast'
import { StateView } from '../../../shared/ui/state-view'
import { useRemote } from '../../../shared/use-remote'
import { listDemoAccounts } from '../api/list-demo-accounts'
import { signInAsDemoAccount } from '../session-store'
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
        <Cell.Group className='demo-login__list'>
          {(accounts.data?.items ?? []).map((account) => (
            <Cell
              key={account.userId}
              className='demo-account'
              clickable
              align='center'
              title={
                <View className='demo-account__title'>
                  <Text className='demo-account__name'>{account.displayName}</Text>
                  <Tag type={account.role === 'volunteer' ? 'default' : 'primary'} plain>
                    {ROLE_LABELS[account.role]}
                  </Tag>
                </View>
              }
              description={account.description}
              extra={<Text className='demo-account__action'>{pendingId === account.userId ? '登录中…' : '登录'}</Text>}
              onClick={() => void signIn(account.userId)}
            />
          ))}
          {accounts.loading && !accounts.data ? <Cell title='加载演示账号…' /> : null}
        </Cell.Group>
      )}
    </View>
  )
}
