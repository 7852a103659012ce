import { Text, View } from '@tarojs/components'
import type { TUnitHomeResponse } from '../../../../types/api/unit-home'
import { formatPeriod } from '../../../shared/date'
import './unit-home.scss'
import { quoteName } from '../../../../types/quote-name'

interface UnitHomeHeaderProps {
  home: TUnitHomeResponse
  /** Shown when the person is the contact of more than one unit. */
  onSwitch?: () => void
  /** 签到管理 for the activity running today, when there is one. */
  onCheckin?: () => void
  onPhotos: () => void
}

/** The unit and its campaign, the counts that matter, and the two things done on the day. */
export function UnitHomeHeader({ home, onSwitch, onCheckin, onPhotos }: UnitHomeHeaderProps) {
  const { unit, counts } = home
  return (
    <View className='unit-header'>
      <View className='unit-header__name-row'>
        <Text className='unit-header__name unit-home-name'>{unit.name}</Text>
        {onSwitch ? (
          <Text className='unit-header__switch' onClick={onSwitch}>
            切换单位
          </Text>
        ) : null}
      </View>
      <Text className='unit-header__campaign'>
        {unit.districtName ? `${unit.districtName} · ` : ''}
        {unit.campaignTitle}
      </Text>
      <Text className='unit-header__period'>
        {unit.campaignTheme ? `主题${quoteName(unit.campaignTheme)} · ` : ''}
        {formatPeriod(unit.periodStart, unit.periodEnd)}
      </Text>
      <View className='unit-header__counts'>
        <View className='unit-header__count'>
          <Text className='unit-header__count-number unit-home-todo-count'>{counts.todo}</Text>
          <Text className='unit-header__count-label'>待办</Text>
        </View>
        <View className='unit-header__count'>
          <Text className='unit-header__count-number'>{counts.overdue}</Text>
          <Text className='unit-header__count-label'>已逾期</Text>
        </View>
        <View className='unit-header__count'>
          <Text className='unit-header__count-number'>{counts.submitted}</Text>
          <Text className='unit-header__count-label'>已提交</Text>
        </View>
      </View>
      <View className='unit-header__links'>
        <View className={`unit-header__link ${onCheckin ? '' : 'unit-header__link--idle'} unit-home-checkin`} onClick={onCheckin}>
          <Text className='unit-header__link-title'>签到管理</Text>
          <Text className='unit-header__link-hint'>{onCheckin ? '今天的活动' : '今天没有活动'}</Text>
        </View>
        <View className='unit-header__link unit-home-photos' onClick={onPhotos}>
          <Text className='unit-header__link-title'>活动照片</Text>
          <Text className='unit-header__link-hint'>上传、提交本单位照片</Text>
        </View>
      </View>
    </View>
  )
}
