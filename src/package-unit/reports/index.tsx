import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { DeadlineChips } from '../../features/reports/components/deadline-chips'
import { ReportActions } from '../../features/reports/components/report-actions'
import { ReportForm } from '../../features/reports/components/report-form'
import { useReport } from '../../features/reports/hooks/use-report'
import { useReportPictures } from '../../features/reports/hooks/use-report-pictures'
import { StateView } from '../../shared/ui/state-view'
import { SubmissionBanner } from '../../shared/ui/submission-banner'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/** /package-unit/reports/index?unitId=<uuid>&deadlineId=<uuid>: the unit's report for one date. */
export default function ReportsPage() {
  const { params } = useRouter<{ unitId?: string; deadlineId?: string }>()
  const report = useReport(params.unitId, params.deadlineId)
  const pictures = useReportPictures(params.unitId, report.report, report.ensureReport, report.setReport)
  const data = report.remote.data

  if (!params.unitId) return <StateView kind='error' title='缺少单位' description='请从单位工作台进入' />
  if (report.remote.error) {
    return <StateView kind='error' title='加载失败' description={report.remote.error} actionText='重新加载' onAction={report.remote.reload} />
  }
  if (!data) {
    return (
      <View className='reports-page__skeleton'>
        <Skeleton rows={6} animated />
      </View>
    )
  }
  const current = report.current
  if (!current) return <StateView kind='empty' title='本活动月没有需要报送的报告' description='组织方设定报告日期后会出现在这里' />
  const status = report.report?.status ?? null
  return (
    <>
      <A11yPageMeta />
      <View className='reports-page'>
        <View className='reports-page__intro'>
          <Text className='reports-page__unit'>{data.unit.name}</Text>
          <Text className='reports-page__title'>{current.deadline.kind === 'status_report' ? '活动开展情况报告' : '活动报告（文字和图片影像资料）'}</Text>
        </View>
        <DeadlineChips deadlines={data.deadlines} currentId={current.deadline.id} onChoose={(id) => void report.switchDeadline(id)} />
        <SubmissionBanner status={status} deadline={current.deadline} submittedAt={report.report?.submittedAt} returnReason={report.report?.returnReason} />
        <ReportForm report={report.report} draft={report.draft} onChange={report.change} pictures={pictures} />
        <ReportActions
          report={report.report}
          deadline={current.deadline}
          dirty={report.dirty}
          busy={report.busy}
          onSave={() => void report.save()}
          onSubmit={() => void report.submit()}
          onWithdraw={() => void report.withdraw()}
        />
      </View>
    </>
  )
}
