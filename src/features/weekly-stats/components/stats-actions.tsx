import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { TWeeklyStatsResponse } from '../../../../types/api/weekly-stats'
import type { TStatsAction } from '../hooks/use-weekly-stats'
import './weekly-stats.scss'

interface StatsActionsProps {
  stats: TWeeklyStatsResponse
  dirty: boolean
  busy: TStatsAction | null
  onSave: () => void
  onSubmit: () => void
  onWithdraw: () => void
  onExport: () => void
}

/** 导出 Excel · 保存草稿 · 提交 (or 撤回 once submitted), fixed at the bottom. */
export function StatsActions({ stats, dirty, busy, onSave, onSubmit, onWithdraw, onExport }: StatsActionsProps) {
  const late = !stats.canSubmit && stats.canEdit
  return (
    <View className='stats-actions'>
      <Button className='stats-export' fill='outline' loading={busy === 'export'} disabled={busy !== null} onClick={onExport}>
        导出 Excel
      </Button>
      {stats.canEdit ? (
        <>
          <Button className='stats-save' fill='outline' loading={busy === 'save'} disabled={busy !== null} onClick={onSave}>
            {dirty ? '保存草稿' : '已保存'}
          </Button>
          <Button className='stats-submit' type='primary' loading={busy === 'submit'} disabled={busy !== null || late} onClick={onSubmit}>
            {late ? '已过截止' : stats.status === 'returned' ? '重新提交' : '提交'}
          </Button>
        </>
      ) : null}
      {stats.status === 'submitted' ? (
        <Button className='stats-withdraw' fill='outline' loading={busy === 'withdraw'} disabled={busy !== null || !stats.canWithdraw} onClick={onWithdraw}>
          {stats.canWithdraw ? '撤回修改' : '已过截止，不能撤回'}
        </Button>
      ) : null}
    </View>
  )
}
