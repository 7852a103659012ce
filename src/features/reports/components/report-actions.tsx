import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { TReport, TReportDeadline } from '../../../../types/api/reports'
import type { TReportAction } from '../hooks/use-report'

interface ReportActionsProps {
  report: TReport | null
  deadline: TReportDeadline
  dirty: boolean
  busy: TReportAction | null
  onSave: () => void
  onSubmit: () => void
  onWithdraw: () => void
}

/** 保存草稿 / 提交 / 撤回, fixed at the bottom. */
export function ReportActions({ report, deadline, dirty, busy, onSave, onSubmit, onWithdraw }: ReportActionsProps) {
  const editable = report === null || report.canEdit
  const late = deadline.passed && report?.status !== 'returned'
  return (
    <View className='report-actions'>
      {editable ? (
        <>
          <Button className='report-save' fill='outline' loading={busy === 'save'} disabled={busy !== null} onClick={onSave}>
            {dirty || !report ? '保存草稿' : '已保存'}
          </Button>
          <Button className='report-submit' type='primary' loading={busy === 'submit'} disabled={busy !== null || late} onClick={onSubmit}>
            {late ? '已过截止时间' : report?.status === 'returned' ? '重新提交' : '提交'}
          </Button>
        </>
      ) : null}
      {report?.status === 'submitted' ? (
        <Button className='report-withdraw' fill='outline' loading={busy === 'withdraw'} disabled={busy !== null || !report.canWithdraw} onClick={onWithdraw}>
          {report.canWithdraw ? '撤回修改' : '已过截止时间，不能撤回'}
        </Button>
      ) : null}
    </View>
  )
}
