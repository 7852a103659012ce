import { Button, Input } from '@nutui/nutui-react-taro'
import { Button as NativeButton, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TSessionUser } from '../../../../types/api/auth'
import { ZUpdateProfileRequest, ZWechatPhoneRequest } from '../../../../types/api/auth'
import { PRIVACY_POLICY_VERSION } from '../../../../types/domain'
import { ApiError, describeError } from '../../../shared/api-error'
import { isWeapp } from '../../../shared/platform'
import { CheckBox } from '../../../shared/ui/check-box'
import { adoptUser } from '../../auth/session-store'
import { submitWechatPhone } from '../api/submit-wechat-phone'
import { updateProfile } from '../api/update-profile'
import { PrivacyNoticeBox } from './privacy-notice-box'
import './profile.scss'

interface ProfileFormProps {
  /** 'wechat': the mini-program can fill the phone from WeChat (getPhoneNumber). */
  loginMode: 'wechat' | 'demo'
  initialName?: string | null
  submitText: string
  onSaved: (user: TSessionUser) => void
}

/** Real name, phone and the explicit privacy consent; sign-up needs all three once. */
export function ProfileForm({ loginMode, initialName, submitText, onSaved }: ProfileFormProps) {
  const [realName, setRealName] = useState(initialName ?? '')
  const [phone, setPhone] = useState('')
  const [consent, setConsent] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The WeChat number button only where the server exchanges its code; typing stays available.
  const [typedPhone, setTypedPhone] = useState(!(isWeapp && loginMode === 'wechat'))

  async function save(send: () => Promise<{ user: TSessionUser }>) {
    setBusy(true)
    setError(null)
    try {
      const { user } = await send()
      adoptUser(user)
      onSaved(user)
    } catch (e) {
      // The server could not get the number from WeChat: let the person type it.
      if (e instanceof ApiError && e.code === 'phone_unavailable') setTypedPhone(true)
      setError(describeError(e))
    } finally {
      setBusy(false)
    }
  }

  function submitTyped() {
    const parsed = ZUpdateProfileRequest.safeParse({ realName, phone, consent, policyVersion: PRIVACY_POLICY_VERSION })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请检查填写的信息')
      return
    }
    void save(() => updateProfile(parsed.data))
  }

  function submitWechatCode(code: string | undefined) {
    if (!code) {
      setError('未获取到微信手机号，可改为手动填写')
      return
    }
    const parsed = ZWechatPhoneRequest.safeParse({ code, realName, consent, policyVersion: PRIVACY_POLICY_VERSION })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请检查填写的信息')
      return
    }
    void save(() => submitWechatPhone(parsed.data))
  }

  return (
    <View className='profile-form'>
      <Text className='profile-form__intro'>首次报名需要填写真实姓名和手机号，方便活动联系人与你联系并记录服务时长。</Text>
      <View className='profile-form__field'>
        <Text className='profile-form__label'>真实姓名</Text>
        <Input className='profile-name-input' value={realName} placeholder='与身份证一致' maxLength={20} onChange={(v) => setRealName(v)} />
      </View>
      {typedPhone ? (
        <View className='profile-form__field'>
          <Text className='profile-form__label'>手机号</Text>
          <Input className='profile-phone-input' value={phone} type='digit' placeholder='11 位手机号' maxLength={11} onChange={(v) => setPhone(v.replace(/\D/g, ''))} />
        </View>
      ) : null}
      <CheckBox className='profile-consent' checked={consent} onChange={setConsent}>
        <Text>
          我已阅读并同意<Text className='profile-form__link'>《隐私说明》</Text>
        </Text>
      </CheckBox>
      <PrivacyNoticeBox />
      {error ? <Text className='profile-form__error profile-error'>{error}</Text> : null}
      {typedPhone ? (
        <Button className='profile-submit' type='primary' block loading={busy} onClick={submitTyped}>
          {submitText}
        </Button>
      ) : (
        <>
          <NativeButton className='profile-form__wechat-phone profile-wechat-phone' openType='getPhoneNumber' disabled={busy} onGetPhoneNumber={(e) => submitWechatCode(e.detail.code)}>
            {busy ? '提交中…' : `微信手机号快捷填写并${submitText.replace(/^保存并/, '')}`}
          </NativeButton>
          <Text className='profile-form__switch' onClick={() => setTypedPhone(true)}>
            使用其他手机号
          </Text>
        </>
      )}
    </View>
  )
}
