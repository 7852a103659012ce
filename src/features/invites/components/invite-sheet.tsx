import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { TInvite } from '../../../../types/api/invites'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { showSuccess } from '../../../shared/toast'
import { describeExpiry, describeUses, inviteRoleLabel, inviteTarget, spacedCode } from '../describe-invite'
import { InviteCardView } from './invite-card-view'

/** One code, large: the card picture with its QR, the code to read out, and 复制. */
export function InviteSheet({ invite, campaignTitle, onClose }: { invite: TInvite | null; campaignTitle: string; onClose: () => void }) {
  const card = useMemo(
    () =>
      invite
        ? {
            campaignTitle,
            target: inviteTarget(invite),
            roleLabel: inviteRoleLabel(invite.role),
            code: invite.code,
            joinUrl: invite.joinUrl,
            expiry: describeExpiry(invite.expiresAt),
            uses: describeUses(invite),
          }
        : null,
    [invite, campaignTitle],
  )
  const width = Math.min(Taro.getWindowInfo().windowWidth - 64, 300)
  return (
    <BottomSheet open={invite !== null} title='邀请码' onClose={onClose} className='invite-sheet'>
      {invite && card ? (
        <View className='invite-sheet__body'>
          <Text className='invite-sheet__code invite-sheet-code'>{spacedCode(invite.code)}</Text>
          <Text className='invite-sheet__target'>
            {inviteTarget(invite)} · {describeExpiry(invite.expiresAt)} · {describeUses(invite)}
          </Text>
          <InviteCardView card={card} width={width} canvasId='invite-sheet-card' />
          <Button
            className='invite-sheet__copy'
            fill='outline'
            type='primary'
            onClick={() => void Taro.setClipboardData({ data: invite.code }).then(() => showSuccess('已复制'))}
          >
            复制邀请码
          </Button>
        </View>
      ) : null}
    </BottomSheet>
  )
}
