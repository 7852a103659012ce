import { Text, View } from '@tarojs/components'
import { isWeapp } from '../../../shared/platform'
import { openPermissionSettings } from '../../../shared/location'
import type { NearbyState } from '../hooks/use-nearby'
import './sort-bar.scss'

interface SortBarProps {
  nearby: NearbyState
  onByTime: () => void
  onNearby: () => void
}

/** 按时间 / 离我最近, and, when the position could not be had, why the list stays in time order. */
export function SortBar({ nearby, onByTime, onNearby }: SortBarProps) {
  const near = nearby.status === 'on' || nearby.status === 'locating'
  return (
    <View className='sort-bar'>
      <View className='sort-bar__options' aria-role='radiogroup' aria-label='排序'>
        <View className={`sort-option sort-by-time${near ? '' : ' sort-option--active'}`} aria-role='radio' aria-checked={!near} onClick={onByTime}>
          <Text>按时间</Text>
        </View>
        <View className={`sort-option sort-nearby${near ? ' sort-option--active' : ''}`} aria-role='radio' aria-checked={near} onClick={onNearby}>
          <Text>{nearby.status === 'locating' ? '正在定位…' : '离我最近'}</Text>
        </View>
      </View>
      {nearby.status === 'denied' ? (
        <View className='sort-bar__notice sort-nearby-denied'>
          <Text>
            {isWeapp ? '未允许使用位置信息，已按时间排序。' : '浏览器未允许定位，已按时间排序。可在浏览器设置中允许本网站使用位置后再点「离我最近」。'}
          </Text>
          {isWeapp ? (
            <Text className='sort-bar__settings' onClick={openPermissionSettings}>
              去设置
            </Text>
          ) : null}
        </View>
      ) : null}
      {nearby.status === 'failed' ? <Text className='sort-bar__notice sort-nearby-failed'>{nearby.message}，已按时间排序。</Text> : null}
      {nearby.status === 'on' ? <Text className='sort-bar__hint'>按与你的距离排列，未标注位置的活动排在最后</Text> : null}
    </View>
  )
}
