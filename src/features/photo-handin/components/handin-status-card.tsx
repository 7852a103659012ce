import { Text, View } from '@tarojs/components'
import type { TUnitPhotosResponse } from '../../../../types/api/photos'
import { formatDateTime } from '../../../shared/date'
import { describeCounts, describeDeadline, describeStatus } from '../describe-handin'
import './photo-handin.scss'

/** The unit's photo return at a glance: deadline, state (with the organiser's reason), the photos in words. */
export function HandinStatusCard({ page }: { page: TUnitPhotosResponse }) {
  const status = describeStatus(page)
  const handedIn = page.activities.flatMap((a) => a.photos).filter((p) => p.handedInAt !== null).length
  return (
    <View className='handin-status handin-status-card'>
      <View className='handin-status__head'>
        <Text className='handin-status__title'>{page.deadline?.title ?? '活动照片'}</Text>
        {page.deadline ? <Text className={`handin-status__chip handin-status__chip--${status.tone} handin-state`}>{status.text}</Text> : null}
      </View>
      <Text className='handin-status__unit'>{page.unit.name}</Text>
      {page.deadline ? <Text className='handin-status__line handin-deadline'>{describeDeadline(page.deadline)}</Text> : null}
      {page.submission?.status === 'submitted' || page.submission?.status === 'accepted' ? (
        <Text className='handin-status__line'>
          {page.submission.submittedAt ? `${formatDateTime(page.submission.submittedAt)} ` : ''}已提交 {handedIn} 张照片
        </Text>
      ) : null}
      {page.submission?.status === 'returned' ? (
        <View className='handin-status__returned handin-returned'>
          <Text className='handin-status__returned-title'>组织方退回了本单位照片</Text>
          <Text className='handin-status__returned-reason'>原因：{page.submission.returnReason ?? '未填写'}</Text>
          <Text className='handin-status__returned-hint'>请按要求修改后重新提交（退回后截止时间已过也可以提交）。</Text>
        </View>
      ) : null}
      <Text className='handin-status__counts handin-counts'>{describeCounts(page.activities)}</Text>
      {page.blockedReason && !page.canWithdraw ? <Text className='handin-status__blocked handin-blocked'>{page.blockedReason}</Text> : null}
      <Text className='handin-status__note'>合格的照片可以直接提交；待复核的照片也可以选上，由组织方决定是否采用；不合格的照片不能提交，请重新拍摄。</Text>
    </View>
  )
}
