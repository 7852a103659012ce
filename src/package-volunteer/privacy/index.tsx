import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useSession } from '../../features/auth/hooks/use-session'
import { ConsentList } from '../../features/privacy/components/consent-list'
import { DeleteAccount } from '../../features/privacy/components/delete-account'
import { ExportMyData } from '../../features/privacy/components/export-my-data'
import { PrivacyNoticeView } from '../../features/privacy/components/privacy-notice-view'
import { usePrivacy } from '../../features/privacy/hooks/use-privacy'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/** 个人信息与隐私: the notice for anyone (also from the login step); consents, export and deletion once signed in. */
export default function PrivacyPage() {
  const session = useSession()
  const signedIn = session.status === 'signed_in'
  const privacy = usePrivacy(signedIn)

  let own = null
  if (signedIn && privacy.error) {
    own = <StateView kind='error' title='加载失败' description={privacy.error} actionText='重新加载' onAction={() => void privacy.reload()} />
  } else if (signedIn && !privacy.data) {
    own = (
      <View className='privacy-page__skeleton'>
        <Skeleton rows={4} animated />
      </View>
    )
  } else if (signedIn && privacy.data) {
    own = (
      <>
        <ConsentList overview={privacy.data} onChanged={privacy.replace} />
        <ExportMyData />
        <DeleteAccount overview={privacy.data} />
      </>
    )
  }

  return (
    <>
      <A11yPageMeta />
      <View className='privacy-page'>
        {own}
        <PrivacyNoticeView />
      </View>
    </>
  )
}
