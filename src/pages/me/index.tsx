import { Button, Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { useAppConfig } from '../../features/app-config/hooks/use-app-config'
import { InviteCodeForm } from '../../features/auth/components/invite-code-form'
import { InviteLinkNotice } from '../../features/auth/components/invite-link-notice'
import { LoginPanel } from '../../features/auth/components/login-panel'
import { MembershipList } from '../../features/auth/components/membership-list'
import { ProfileCard } from '../../features/auth/components/profile-card'
import { SignOutEverywhereButton } from '../../features/auth/components/sign-out-everywhere-button'
import { useSession } from '../../features/auth/hooks/use-session'
import { inviteFromLink } from '../../features/auth/invite-from-link'
import { refreshSession, signOut } from '../../features/auth/session-store'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import { ElderModeCard } from '../../features/accessibility/components/elder-mode-card'
import { MeMenu } from '../../features/me/components/me-menu'
import { OfflineActivities } from '../../features/offline-cache/components/offline-activities'
import { PrivacyEntry } from '../../features/privacy/components/privacy-entry'
import { RealNameCard } from '../../features/me/components/real-name-card'
import { UnitDeskCard } from '../../features/me/components/unit-desk-card'
import { JoinUnitEntry } from '../../features/invites/components/join-unit-entry'
import { refreshUnreadCount } from '../../features/notifications/unread-badge'
import { ConsoleEntryCard } from '../../features/organiser-console/components/console-entry-card'
import { ProfileSheet } from '../../features/profile/components/profile-sheet'
import { describeError } from '../../shared/api-error'
import { showSuccess } from '../../shared/toast'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

export default function MePage() {
  const session = useSession()
  const appConfig = useAppConfig()
  // A scanned join link (?invite=… or WeChat's q=…) fills the invite box.
  const linkedInvite = inviteFromLink(useRouter<{ invite?: string; q?: string }>().params) ?? undefined
  const [error, setError] = useState<string | null>(null)
  const [editingProfile, setEditingProfile] = useState(false)

  const refresh = useCallback(() => {
    setError(null)
    refreshSession().catch((e: unknown) => setError(describeError(e)))
    void refreshUnreadCount()
  }, [])
  // Every time the tab is shown: the token may have expired or a membership been added elsewhere.
  useDidShow(refresh)

  let content
  if (session.status === 'signed_in') {
    const { user } = session
    content = (
      <>
        <ProfileCard user={user} />
        {/* Arrived by a join link: the filled invite box first, so joining is one tap. */}
        {linkedInvite ? <InviteCodeForm initialCode={linkedInvite} /> : null}
        {/* Unit contacts' entry to their 单位工作台 (renders nothing for volunteers). */}
        <UnitDeskCard memberships={user.memberships} />
        {/* Organisers' and district admins' entry to their console (nothing for anyone else). */}
        <ConsoleEntryCard memberships={user.memberships} />
        <MeMenu />
        <ElderModeCard />
        <RealNameCard profile={user.profile} onEdit={() => setEditingProfile(true)} />
        <MembershipList memberships={user.memberships} />
        <PrivacyEntry signedIn />
        {/* The invite box waits behind a 加入单位 entry: volunteers never need it. */}
        {linkedInvite ? null : <JoinUnitEntry />}
        <View className='logout'>
          <Button className='logout-button' block fill='outline' onClick={signOut}>
            退出登录
          </Button>
          <SignOutEverywhereButton />
        </View>
        <ProfileSheet
          open={editingProfile}
          loginMode={appConfig.data?.loginMode ?? 'demo'}
          initialName={user.profile.realName}
          submitText='保存'
          onClose={() => setEditingProfile(false)}
          onSaved={() => {
            setEditingProfile(false)
            showSuccess('已保存')
          }}
        />
      </>
    )
  } else if (error || appConfig.error) {
    const retry = () => {
      refresh()
      void appConfig.reload()
    }
    content = (
      <>
        <StateView kind='error' title='加载失败' description={error ?? appConfig.error ?? undefined} actionText='重试' onAction={retry} />
        {/* No network: my confirmed activities of the next days saved on this phone still open. */}
        <OfflineActivities />
      </>
    )
  } else if (session.status === 'signed_out' && appConfig.data) {
    content = (
      <>
        {linkedInvite ? <InviteLinkNotice code={linkedInvite} /> : null}
        <LoginPanel loginMode={appConfig.data.loginMode} />
        <PrivacyEntry signedIn={false} />
        <ElderModeCard />
      </>
    )
  } else {
    content = (
      <View className='me-page__skeleton'>
        <Skeleton rows={3} animated />
      </View>
    )
  }

  return (
    <>
      <A11yPageMeta />
      <View className='me-page'>{content}</View>
    </>
  )
}
