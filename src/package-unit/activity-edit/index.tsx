import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { openActivity } from '../../features/activities/navigation'
import { ActivityForm } from '../../features/activity-editor/components/activity-form'
import { EditorFooter } from '../../features/activity-editor/components/editor-footer'
import { EditorHeader } from '../../features/activity-editor/components/editor-header'
import { WithdrawSheet } from '../../features/activity-editor/components/withdraw-sheet'
import { useActivityEditor } from '../../features/activity-editor/hooks/use-activity-editor'
import '../../features/activity-editor/components/activity-editor.scss'
import { showMessage, showSuccess } from '../../shared/toast'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/** 新建 / 编辑活动 (附件2 row) for a unit contact: /package-unit/activity-edit/index?unitId=… or ?id=… */
export default function ActivityEditPage() {
  const { params } = useRouter<{ id?: string; unitId?: string }>()
  const editor = useActivityEditor({ id: params.id, unitId: params.unitId })
  const [withdrawOpen, setWithdrawOpen] = useState(false)
  const { record } = editor

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: record || params.id ? '编辑活动' : '新建活动' })
  }, [record, params.id])

  async function save(publish: boolean) {
    const wasDraft = !record || record.status === 'draft'
    const outcome = await editor.save(publish)
    if (outcome.status === 'saved') {
      if (outcome.activity.status === 'draft') showSuccess('已保存草稿')
      else if (wasDraft) showSuccess('已发布，志愿者现在可以报名')
      else if (outcome.notified > 0) showMessage(`已保存，已通知 ${outcome.notified} 位报名的志愿者`)
      else showSuccess('已保存修改')
    } else {
      showMessage(outcome.message)
      // Bring the first wrong field into view.
      setTimeout(() => void Taro.pageScrollTo({ selector: '.editor-field--error', duration: 200, offsetTop: -80 }).catch(() => undefined), 50)
    }
  }

  async function withdraw(reason: string) {
    const result = await editor.withdraw(reason)
    if (result.status === 'withdrawn') {
      setWithdrawOpen(false)
      // The header now says 已撤回 and why: show it.
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
      showMessage(result.cancelled > 0 ? `已撤回，已取消并通知 ${result.cancelled} 人的报名` : '已撤回')
    } else {
      showMessage(result.message)
    }
  }

  if (editor.loadError) {
    return (
      <View className='activity-edit-page'>
        <StateView kind='error' title='无法打开活动' description={editor.loadError} actionText='重新加载' onAction={editor.reload} />
      </View>
    )
  }
  if (!editor.unit || !editor.form) {
    return (
      <View className='activity-edit-page'>
        <View className='activity-edit-page__skeleton'>
          <Skeleton rows={8} animated />
        </View>
      </View>
    )
  }
  const disabled = record !== null && !record.editable
  return (
    <>
      <A11yPageMeta title={record || params.id ? '编辑活动' : '新建活动'} />
      <View className='activity-edit-page'>
        <EditorHeader unit={editor.unit} record={record} />
        <ActivityForm unit={editor.unit} form={editor.form} errors={editor.errors} disabled={disabled} update={editor.update} />
        <EditorFooter
          record={record}
          busy={editor.busy}
          onSave={(publish) => void save(publish)}
          onWithdraw={() => setWithdrawOpen(true)}
          onView={() => record && openActivity(record.id)}
        />
        {record ? (
          <WithdrawSheet
            open={withdrawOpen}
            confirmedCount={record.confirmedCount}
            waitlistCount={record.waitlistCount}
            busy={editor.busy}
            onClose={() => setWithdrawOpen(false)}
            onConfirm={(reason) => void withdraw(reason)}
          />
        ) : null}
      </View>
    </>
  )
}
