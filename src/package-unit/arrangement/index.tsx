import { Button, Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useRef } from 'react'
import { openEditActivity, openNewActivity } from '../../features/activity-editor/navigation'
import { ArrangementList } from '../../features/arrangement/components/arrangement-list'
import { ImportCard } from '../../features/arrangement/components/import-card'
import { PreviewPanel } from '../../features/arrangement/components/preview-panel'
import { SubmissionCard } from '../../features/arrangement/components/submission-card'
import { useArrangement } from '../../features/arrangement/hooks/use-arrangement'
import { formatPeriod } from '../../shared/date'
import { StateView } from '../../shared/ui/state-view'
import '../../features/arrangement/components/arrangement.scss'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

export default function ArrangementPage() {
  const { params } = useRouter<{ unitId?: string }>()
  const page = useArrangement(params.unitId)
  const { state } = page
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })
  // Back from the activity form: the rows may have changed.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void state.reload()
    shown.current = true
  })

  if (page.unitError || state.error) {
    return (
      <View className='arrangement-page'>
        <StateView kind='error' title='活动安排表加载失败' description={page.unitError ?? state.error ?? ''} actionText='重新加载' onAction={() => void state.reload()} />
      </View>
    )
  }
  const data = state.data
  if (!data) {
    return (
      <View className='arrangement-page'>
        <View className='arrangement-page__skeleton'>
          <Skeleton rows={6} animated />
        </View>
      </View>
    )
  }
  return (
    <>
      <A11yPageMeta />
      <View className='arrangement-page'>
        <View className='arrangement-page__header'>
          <Text className='arrangement-page__unit'>{data.unit.name}</Text>
          <Text className='arrangement-page__campaign'>
            {data.campaign.title} · {formatPeriod(data.campaign.periodStart, data.campaign.periodEnd)}
          </Text>
        </View>
        <SubmissionCard state={data} busy={page.busy !== null} onSubmit={() => void page.submit()} onWithdraw={() => void page.withdraw()} />
        <ImportCard busy={page.busy} fileError={page.fileError} onChoose={() => void page.chooseAndPreview()} onExport={() => void page.exportTable()} />
        {page.preview ? (
          <PreviewPanel preview={page.preview} applying={page.busy === 'applying'} onApply={(mode, publish) => void page.apply(mode, publish)} onDiscard={page.discardPreview} />
        ) : null}
        <View className='arrangement-page__section'>
          <Text className='arrangement-page__section-title'>本单位的活动</Text>
          <Text className='arrangement-page__count'>{data.rows.length} 个</Text>
        </View>
        {data.rows.length === 0 ? (
          <StateView kind='empty' title='还没有活动' description='导入附件2表格，或逐个添加活动' />
        ) : (
          <ArrangementList unitName={data.unit.name} rows={data.rows} onOpen={openEditActivity} />
        )}
        <View className='arrangement-page__add'>
          <Button className='arrangement-add-button' fill='outline' block onClick={() => openNewActivity(data.unit.id)}>
            逐个添加活动
          </Button>
        </View>
      </View>
    </>
  )
}
