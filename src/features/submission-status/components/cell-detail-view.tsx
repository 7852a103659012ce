import { Text, View } from '@tarojs/components'
import { SUBMISSION_STATUS_LABELS } from '../../../../types/api/showcase'
import type { TStatusCellResponse } from '../../../../types/api/submission-status'
import { formatDateTime } from '../../../shared/date'
import { callPhone } from '../../../shared/phone'
import { formatDue, formatMoment } from '../format-due'
import { CellBadge } from './cell-badge'
import { DecisionActions } from './decision-actions'
import { DetailActivities } from './detail-activities'
import { DetailOther, DetailPhotos, DetailReport, DetailStats } from './detail-returns'
import { DetailShowcase } from './detail-showcase'
import { RemindButton } from './remind-button'
import './status.scss'
import { quoteName } from '../../../../types/quote-name'

interface CellDetailViewProps {
  campaignId: string
  data: TStatusCellResponse
  /** After 退回 / 采用 / 提醒: reload the cell and the matrix. */
  onChanged: () => void
}

/**
 * One cell opened: who the unit is and how to reach it, where the deliverable stands and what is
 * still owed, the submission itself (read only), and what the caller may do about it.
 */
export function CellDetailView({ campaignId, data, onChanged }: CellDetailViewProps) {
  const { unit, column, cell, submission, detail } = data
  const deadlineId = column.deadlineId
  return (
    <View className='status-detail cell-detail'>
      <View className='status-detail__summary'>
        <View className='status-detail__line'>
          <CellBadge cell={cell} />
          <Text className='status-detail__column'>{column.title}</Text>
        </View>
        {column.dueAt ? <Text className='status-detail__meta'>{formatDue(column.dueAt)}</Text> : null}
        {submission ? (
          <Text className='status-detail__meta'>
            {SUBMISSION_STATUS_LABELS[submission.status]}
            {submission.submittedAt ? ` · 提交于 ${formatDateTime(submission.submittedAt)}` : ''}
            {submission.late ? '（截止后提交）' : ''}
          </Text>
        ) : null}
        {submission?.returnReason ? (
          <Text className='status-detail__reason'>
            已于 {submission.returnedAt ? formatMoment(submission.returnedAt) : ''} 退回：{submission.returnReason}
          </Text>
        ) : null}
        {data.owed.length > 0 ? (
          <View className='status-detail__owed'>
            {data.owed.map((line) => (
              <Text key={line} className='status-detail__owed-line'>
                · {line}
              </Text>
            ))}
          </View>
        ) : null}
        {cell.remindedAt ? <Text className='status-detail__meta'>已于 {formatMoment(cell.remindedAt)} 提醒过该单位</Text> : null}
        <View className='status-detail__contacts'>
          <Text className='status-detail__meta'>{unit.districtName ?? '未分区'} · 联系人：</Text>
          {unit.contacts.length === 0 ? <Text className='status-detail__meta'>还没有联系人加入</Text> : null}
          {unit.contacts.map((c) => (
            <Text
              key={`${c.name}-${c.phone ?? ''}`}
              className={`status-detail__contact${c.phone ? ' status-detail__contact--phone' : ''}`}
              onClick={() => c.phone && callPhone(c.phone)}
            >
              {c.name}
              {c.phone ? ` ${c.phone}` : ''}
            </Text>
          ))}
        </View>
        <View className='status-detail__actions'>
          {deadlineId ? (
            <DecisionActions
              target={{ campaignId, unitId: unit.id, deadlineId }}
              canReturn={data.canReturn}
              canAccept={data.canAccept}
              what={quoteName(column.title)}
              onDecided={onChanged}
            />
          ) : null}
          {deadlineId && data.canRemind ? (
            <RemindButton
              className='remind-unit'
              campaignId={campaignId}
              deadlineId={deadlineId}
              unitId={unit.id}
              label={cell.remindedAt ? '已提醒过' : '提醒该单位'}
              confirm={{ title: `提醒${unit.name}？`, content: `将向${unit.name}的联系人发送${quoteName(column.title)}的报送提醒。每个单位每项只提醒一次。` }}
              onDone={onChanged}
            />
          ) : null}
        </View>
      </View>
      <View className='status-detail__body'>
        <Text className='detail-section__title'>报送内容</Text>
        {detail.kind === 'activity_plan' ? <DetailActivities activities={detail.activities} empty='还没有填写活动。' /> : null}
        {detail.kind === 'key_activities' ? <DetailActivities activities={detail.activities} empty='还没有活动。' /> : null}
        {detail.kind === 'showcase_application' ? (
          <DetailShowcase
            applications={detail.applications}
            quota={detail.quota}
            submitted={detail.submitted}
            target={(showcaseApplicationId) => ({ campaignId, unitId: unit.id, showcaseApplicationId })}
            onDecided={onChanged}
          />
        ) : null}
        {detail.kind === 'photos' ? <DetailPhotos detail={detail} /> : null}
        {detail.kind === 'weekly_stats' ? <DetailStats detail={detail} /> : null}
        {detail.kind === 'report' ? <DetailReport detail={detail} /> : null}
        {detail.kind === 'other' ? <DetailOther detail={detail} /> : null}
      </View>
    </View>
  )
}
