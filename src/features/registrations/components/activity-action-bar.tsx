import { Button } from '@nutui/nutui-react-taro'
import { Button as NativeButton, Text, View } from '@tarojs/components'
import { canShareToChat } from '../../../shared/share'
import type { PrimaryAction } from '../primary-action'
import './registration.scss'

interface ActivityActionBarProps {
  action: PrimaryAction
  busy: boolean
  canManage: boolean
  onPrimary: () => void
  onManage: () => void
  /** 活动照片: upload the activity's photo and see whether it meets the rules. */
  onPhotos: () => void
  /** H5: copy the link (weapp shares through the button's open-type). */
  onCopyLink: () => void
}

/** The bar fixed at the bottom of the detail page: share, 签到管理 and 活动照片 for the unit, and the main action. */
export function ActivityActionBar({ action, busy, canManage, onPrimary, onManage, onPhotos, onCopyLink }: ActivityActionBarProps) {
  return (
    <View className='action-bar'>
      {canShareToChat ? (
        <NativeButton className='action-bar__tool action-bar__share share-button' openType='share'>
          <Text className='action-bar__tool-icon'>↗</Text>
          <Text className='action-bar__tool-text'>分享</Text>
        </NativeButton>
      ) : (
        <View className='action-bar__tool copy-link' onClick={onCopyLink}>
          <Text className='action-bar__tool-icon'>↗</Text>
          <Text className='action-bar__tool-text'>复制链接</Text>
        </View>
      )}
      {canManage ? (
        <View className='action-bar__tool manage-entry' onClick={onManage}>
          <Text className='action-bar__tool-icon'>▦</Text>
          <Text className='action-bar__tool-text'>签到管理</Text>
        </View>
      ) : null}
      {canManage ? (
        <View className='action-bar__tool photos-entry' onClick={onPhotos}>
          <Text className='action-bar__tool-icon'>◩</Text>
          <Text className='action-bar__tool-text'>活动照片</Text>
        </View>
      ) : null}
      <View className='action-bar__main'>
        <Button
          className={`signup-action signup-action--${action.kind}`}
          block
          type={action.kind === 'none' ? 'default' : 'primary'}
          fill={action.kind === 'cancel' ? 'outline' : 'solid'}
          disabled={action.kind === 'none'}
          loading={busy}
          onClick={onPrimary}
        >
          {action.label}
        </Button>
      </View>
    </View>
  )
}
