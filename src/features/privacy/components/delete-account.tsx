import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ACCOUNT_DELETION_PHRASE, type TPrivacyOverviewResponse } from '../../../../types/api/privacy'
import { describeError } from '../../../shared/api-error'
import { confirmAction } from '../../../shared/modal'
import { showSuccess } from '../../../shared/toast'
import { CheckBox } from '../../../shared/ui/check-box'
import { signOut } from '../../auth/session-store'
import { deleteAccount } from '../api/privacy-api'
import './privacy.scss'

/**
 * 注销账号: what is deleted and what stays (as anonymous figures), the units left without a contact,
 * then the phrase typed and a last confirmation. Afterwards this device is signed out.
 */
export function DeleteAccount({ overview }: { overview: TPrivacyOverviewResponse }) {
  const [open, setOpen] = useState(false)
  const [phrase, setPhrase] = useState('')
  const [acknowledged, setAcknowledged] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { deletion } = overview
  const sole = deletion.soleMemberships
  const ready = phrase.trim() === ACCOUNT_DELETION_PHRASE && (sole.length === 0 || acknowledged)

  async function run() {
    const confirmed = await confirmAction({ title: '确认注销', content: '注销后无法恢复，你将无法再用此账号登录。', confirmText: '注销', cancelText: '再想想' })
    if (!confirmed) return
    setBusy(true)
    setError(null)
    try {
      await deleteAccount({ confirmation: phrase.trim(), acknowledgeSoleMemberships: sole.length > 0 ? acknowledged : undefined })
      signOut()
      showSuccess('账号已注销')
      void Taro.switchTab({ url: '/pages/me/index' })
    } catch (e) {
      setError(describeError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='privacy-card privacy-delete'>
      <Text className='privacy-card__title'>注销账号</Text>
      {!open ? (
        <>
          <Text className='privacy-card__text'>注销后删除你的个人信息，且无法恢复。</Text>
          <Button className='privacy-delete__start' fill='outline' type='danger' onClick={() => setOpen(true)}>
            注销账号…
          </Button>
        </>
      ) : (
        <>
          <Text className='privacy-delete__heading'>将删除</Text>
          <Text className='privacy-delete__line'>姓名、手机号、微信登录信息、同意记录、消息，以及你在各单位的联系人 / 管理员身份。</Text>
          {deletion.upcomingRegistrations > 0 ? (
            <Text className='privacy-delete__line'>尚未开始的 {deletion.upcomingRegistrations} 个活动报名将取消，名额转给候补的人。</Text>
          ) : null}
          <Text className='privacy-delete__heading'>将以匿名形式保留</Text>
          <Text className='privacy-delete__line'>
            {deletion.checkInsKept > 0
              ? `已签到的 ${deletion.checkInsKept} 次活动（${deletion.hoursKept} 小时）仍计入单位的统计，显示为“已注销用户”，单位以往报表的数字不变。`
              : '你的报名记录以“已注销用户”显示，单位以往报表的数字不变。'}
          </Text>
          {deletion.photosKeptByUnits > 0 ? (
            <Text className='privacy-delete__line'>你为单位上传的 {deletion.photosKeptByUnits} 张照片属于单位的报送材料，保留在单位，不再关联你。</Text>
          ) : null}
          {sole.map((membership) => (
            <Text key={`${membership.role}-${membership.campaignTitle}-${membership.unitName ?? membership.districtName ?? ''}`} className='privacy-delete__warning'>
              {membership.consequence}
            </Text>
          ))}
          {sole.length > 0 ? (
            <CheckBox className='privacy-delete__ack' checked={acknowledged} onChange={setAcknowledged}>
              <Text>我已知晓以上影响</Text>
            </CheckBox>
          ) : null}
          <Text className='privacy-delete__heading'>请输入“{ACCOUNT_DELETION_PHRASE}”确认</Text>
          <Input className='privacy-delete__phrase' value={phrase} placeholder={ACCOUNT_DELETION_PHRASE} maxLength={20} onChange={(value) => setPhrase(value)} />
          {error ? <Text className='privacy-delete__error'>{error}</Text> : null}
          <Button className='privacy-delete__confirm' type='danger' block disabled={!ready || busy} loading={busy} onClick={() => void run()}>
            确认注销
          </Button>
          <Button className='privacy-delete__cancel' fill='none' block onClick={() => setOpen(false)}>
            取消
          </Button>
        </>
      )}
    </View>
  )
}
