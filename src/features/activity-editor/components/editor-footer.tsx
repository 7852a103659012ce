import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TManagedActivity } from '../../../../types/api/unit-activities'

interface EditorFooterProps {
  record: TManagedActivity | null
  busy: boolean
  onSave: (publish: boolean) => void
  onWithdraw: () => void
  onView: () => void
}

/**
 * The actions, fixed at the bottom where a thumb reaches them: a draft is saved or published;
 * a published activity is saved (it stays published) or withdrawn.
 */
export function EditorFooter({ record, busy, onSave, onWithdraw, onView }: EditorFooterProps) {
  if (record && !record.editable) {
    return record.status === 'published' ? (
      <View className='editor-footer'>
        <Button className='editor-footer__main' block onClick={onView}>
          查看活动页
        </Button>
      </View>
    ) : null
  }
  const published = record?.status === 'published'
  return (
    <View className='editor-footer'>
      {record ? (
        <View className='editor-footer__links'>
          {published ? (
            <Text className='editor-footer__link view-activity' onClick={onView}>
              查看活动页
            </Text>
          ) : null}
          <Text className='editor-footer__link editor-footer__link--danger withdraw-activity' onClick={onWithdraw}>
            撤回活动
          </Text>
        </View>
      ) : null}
      <View className='editor-footer__buttons'>
        {published ? (
          <Button className='editor-footer__main save-activity' type='primary' block loading={busy} onClick={() => onSave(true)}>
            保存修改
          </Button>
        ) : (
          <>
            <Button className='editor-footer__draft save-draft' fill='outline' type='primary' loading={busy} onClick={() => onSave(false)}>
              保存草稿
            </Button>
            <Button className='editor-footer__main publish-activity' type='primary' loading={busy} onClick={() => onSave(true)}>
              发布
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
