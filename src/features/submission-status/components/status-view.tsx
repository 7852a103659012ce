import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TStatusColumn, TStatusResponse } from '../../../../types/api/submission-status'
import { ROLE_LABELS } from '../../../../types/domain'
import { StateView } from '../../../shared/ui/state-view'
import type { TStatusFilters } from '../api/status-api'
import { formatMoment } from '../format-due'
import { useDeskLayout } from '../hooks/use-desk-layout'
import type { TOpenCell } from '../hooks/use-status-cell'
import { CellPanel } from './cell-panel'
import { QuotaStrip } from './quota-strip'
import { RemindButton } from './remind-button'
import { StatusFilters } from './status-filters'
import { StatusMatrixTable } from './status-matrix-table'
import { StatusUnitList } from './status-unit-list'
import './status.scss'
import { quoteName } from '../../../../types/quote-name'

interface StatusViewProps {
  campaignId: string
  data: TStatusResponse
  loading: boolean
  filters: TStatusFilters
  onFilters: (next: TStatusFilters) => void
  reload: () => Promise<void>
}

/**
 * 报送情况: quota progress, filters, and the matrix — a real table on a desk (the opened cell in a
 * panel beside it), a list per unit on a phone (the opened cell in a sheet).
 */
export function StatusView({ campaignId, data, loading, filters, onFilters, reload }: StatusViewProps) {
  const desk = useDeskLayout()
  const [open, setOpen] = useState<TOpenCell | null>(null)
  const column = filters.deliverable ? data.columns[0] : undefined
  const owing = column ? owingUnits(column) : 0
  const role = data.role === 'district_admin' ? `${ROLE_LABELS.district_admin} · ${data.districts.map((d) => d.name).join('、')}` : ROLE_LABELS.organiser
  return (
    <View className={`status-view${desk ? ' status-view--desk' : ''}${desk && open ? ' status-view--panel' : ''}`}>
      <View className='status-head'>
        <View className='status-head__top'>
          <Text className='status-head__title'>报送情况</Text>
          <Text className='status-head__role'>{role}</Text>
        </View>
        <Text className='status-head__campaign'>{data.campaign.title}</Text>
        <Text className='status-head__counts status-counts'>
          共 {data.totals.units} 个单位{data.totals.shown !== data.totals.units ? ` · 显示 ${data.totals.shown} 个` : ''} · {formatMoment(data.now)} 更新
          {loading ? ' · 正在刷新…' : ''}
        </Text>
      </View>
      <QuotaStrip quotas={data.quotas} activeDistrictId={filters.districtId} onPickDistrict={(districtId) => onFilters({ ...filters, districtId })} />
      <StatusFilters data={data} filters={filters} onChange={onFilters} />
      {column?.deadlineId && owing > 0 && !filters.q ? (
        <View className='status-bulk'>
          <Text className='status-bulk__text'>
            {quoteName(column.title)}还有 {owing} 个单位未交{filters.districtId ? '（本区县）' : ''}
          </Text>
          <RemindButton
            className='remind-all'
            campaignId={campaignId}
            deadlineId={column.deadlineId}
            districtId={filters.districtId}
            label={`提醒这 ${owing} 个单位`}
            confirm={{
              title: '提醒未交的单位？',
              content: `将向 ${owing} 个未交${quoteName(column.title)}的单位的联系人发送提醒。已经提醒过的单位不会重复提醒。`,
            }}
            onDone={() => void reload()}
          />
        </View>
      ) : null}
      {data.units.length === 0 ? (
        <StateView kind='empty' title='没有符合条件的单位' description='换一个筛选条件试试。' actionText='清除筛选' onAction={() => onFilters({})} />
      ) : desk ? (
        <StatusMatrixTable
          columns={data.columns}
          units={data.units}
          open={open}
          onOpen={setOpen}
          onPickColumn={(key) => onFilters({ ...filters, deliverable: filters.deliverable === key ? undefined : key, state: undefined })}
        />
      ) : (
        <StatusUnitList columns={data.columns} units={data.units} onOpen={setOpen} />
      )}
      <CellPanel campaignId={campaignId} desk={desk} open={open} onClose={() => setOpen(null)} onChanged={() => void reload()} />
    </View>
  )
}

/** Units that still owe a deadline column: 逾期, 未提交, 草稿, 已退回. */
function owingUnits(column: TStatusColumn): number {
  const c = column.counts
  return (c.overdue ?? 0) + (c.not_started ?? 0) + (c.draft ?? 0) + (c.returned ?? 0)
}
