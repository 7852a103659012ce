import { Text, View } from '@tarojs/components'
import type { TConsoleHomeResponse } from '../../../../types/api/organiser-console'
import { ROLE_LABELS } from '../../../../types/domain'
import { formatPeriod } from '../../../shared/date'
import { describeDeadline } from '../../../shared/deadline-text'

/** The campaign the console is open on, the caller's role in it, and the figures at a glance. */
export function ConsoleHeader({ home }: { home: TConsoleHomeResponse }) {
  const { campaign, totals } = home
  const role = `${ROLE_LABELS[home.role]}${home.myDistricts.length > 0 ? ` · ${home.myDistricts.map((d) => d.name).join('、')}` : ''}`
  const next = home.nextDeadline
  return (
    <View className='console-header'>
      <View className='console-header__top'>
        <Text className='console-header__role console-role'>{role}</Text>
        {campaign.isPublished ? null : <Text className='console-header__draft'>未发布</Text>}
      </View>
      <Text className='console-header__title console-campaign-title'>{campaign.title}</Text>
      <Text className='console-header__meta'>
        {campaign.issuer} · {formatPeriod(campaign.periodStart, campaign.periodEnd)}
      </Text>
      {next ? (
        <Text className='console-header__next'>
          下一个截止：{next.title} · {describeDeadline(next.dueAt).text}
        </Text>
      ) : null}
      <View className='console-header__counts'>
        <Count value={totals.units} label={home.role === 'organiser' ? '单位' : '本区县单位'} />
        <Count value={totals.unitsWithContact} label='有联系人' />
        <Count value={totals.activities} label='活动' />
        <Count value={totals.submitted} label='已提交材料' />
      </View>
    </View>
  )
}

function Count({ value, label }: { value: number; label: string }) {
  return (
    <View className='console-header__count'>
      <Text className='console-header__count-number'>{value}</Text>
      <Text className='console-header__count-label'>{label}</Text>
    </View>
  )
}
