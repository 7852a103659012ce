import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { ActivityStatsCard } from '../../features/weekly-stats/components/activity-stats-card'
import { ContactSection } from '../../features/weekly-stats/components/contact-section'
import { DeadlinePicker } from '../../features/weekly-stats/components/deadline-picker'
import { NewsSection } from '../../features/weekly-stats/components/news-section'
import { StatsActions } from '../../features/weekly-stats/components/stats-actions'
import { TotalsCard } from '../../features/weekly-stats/components/totals-card'
import { useStatsPictures } from '../../features/weekly-stats/hooks/use-stats-pictures'
import { useWeeklyStats } from '../../features/weekly-stats/hooks/use-weekly-stats'
import { StateView } from '../../shared/ui/state-view'
import { SubmissionBanner } from '../../shared/ui/submission-banner'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/** /package-unit/weekly-stats/index?unitId=<uuid>&deadlineId=<uuid>: one Friday's 统计表, or the 活动总结. */
export default function WeeklyStatsPage() {
  const { params } = useRouter<{ unitId?: string; deadlineId?: string }>()
  const state = useWeeklyStats(params.unitId, params.deadlineId)
  const { stats, form, totals } = state
  const pictures = useStatsPictures(params.unitId, stats ? { deadlineId: stats.deadline.id, count: stats.pictures.length } : undefined, state.setPictures)
  const kind = stats?.deadline.kind
  useEffect(() => {
    if (kind) void Taro.setNavigationBarTitle({ title: kind === 'summary' ? '活动总结' : '每周统计表' })
  }, [kind])

  if (!params.unitId) {
    return (
      <View className='stats-page'>
        <StateView kind='error' title='缺少单位' description='请从单位工作台进入' />
      </View>
    )
  }
  if (state.error && !stats) {
    return (
      <View className='stats-page'>
        <StateView kind='error' title='统计表打不开' description={state.error} actionText='重新加载' onAction={() => void state.reload()} />
      </View>
    )
  }
  if (!stats || !form || !totals) {
    return (
      <View className='stats-page'>
        <View className='stats-page__skeleton'>
          <Skeleton rows={8} animated />
        </View>
      </View>
    )
  }

  const editable = stats.canEdit
  const formRows = new Map(form.rows.map((row) => [row.activityId, row]))
  return (
    <>
      <A11yPageMeta title={kind === 'summary' ? '活动总结' : '每周统计表'} />
      <View className='stats-page'>
        <View className='stats-page__header'>
          <Text className='stats-page__unit'>{stats.unit.name}</Text>
          <Text className='stats-page__title'>{stats.campaign.tableTitle}</Text>
        </View>
        <DeadlinePicker deadlines={stats.deadlines} value={stats.deadline.id} disabled={state.busy !== null} onChange={(id) => void state.switchTo(id)} />
        <SubmissionBanner status={stats.deadline.status} deadline={stats.deadline} submittedAt={stats.submittedAt} returnReason={stats.returnReason} />
        <TotalsCard totals={totals} activityCount={stats.rows.length} periodLabel={stats.period.label} />
        {stats.figures === 'submitted' ? <Text className='stats-page__note'>以下人次和时数为提交时的签到数据</Text> : null}

        {stats.rows.length === 0 ? (
          <StateView
            kind='empty'
            title='本期没有活动'
            description={`${stats.period.label}期间本单位没有已发布的活动，也没有人签到。仍需填写${kind === 'summary' ? '总结' : '新闻稿'}和联系人后提交。`}
          />
        ) : (
          <View className='stats-cards'>
            {stats.rows.map((row) => {
              const rowForm = formRows.get(row.activityId)
              return rowForm ? <ActivityStatsCard key={row.activityId} row={row} form={rowForm} editable={editable} onChange={state.updateRow} /> : null
            })}
          </View>
        )}

        <NewsSection
          kind={stats.deadline.kind}
          body={form.body}
          editable={editable}
          pictures={stats.pictures}
          pending={pictures.pending}
          working={pictures.working}
          onBody={(body) => state.setField({ body })}
          onAdd={() => void pictures.choose()}
          onRemove={(id) => void pictures.remove(id)}
          onDismiss={pictures.dismiss}
        />
        <ContactSection name={form.contactName} phone={form.contactPhone} editable={editable} onChange={state.setField} />
        <StatsActions
          stats={stats}
          dirty={state.dirty}
          busy={state.busy}
          onSave={() => void state.save()}
          onSubmit={() => void state.submit()}
          onWithdraw={() => void state.withdraw()}
          onExport={() => void state.exportExcel()}
        />
      </View>
    </>
  )
}
