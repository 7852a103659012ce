import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { UnitHomeView } from '../../features/unit-home/components/unit-home-view'
import { useUnitHome } from '../../features/unit-home/hooks/use-unit-home'
import { pickOne } from '../../shared/action-sheet'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/**
 * 单位工作台: opened from 我的, from a deadline reminder (消息 or WeChat), or directly. Without
 * ?unitId it shows the caller's first unit.
 */
export default function UnitHomePage() {
  const { params } = useRouter<{ unitId?: string }>()
  const [unitId, setUnitId] = useState(params.unitId)
  const session = useSession()
  const signedIn = session.status === 'signed_in'
  const state = useUnitHome(unitId, signedIn)
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })
  // Back from a form (submitted, saved an activity): show the new state. Not on the first show.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && state.data) void state.reload()
    shown.current = true
  })

  let content
  if (session.status === 'signed_out') {
    content = <StateView kind='empty' title='登录后使用单位工作台' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (state.error) {
    content = <StateView kind='error' title='单位工作台打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  } else if (!state.data) {
    content = (
      <View className='unit-home-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={4} animated />
        <Skeleton rows={4} animated />
      </View>
    )
  } else {
    const { home, myUnits } = state.data
    const switchUnit = async () => {
      const index = await pickOne(myUnits.map((u) => u.unitName))
      const picked = index === null ? undefined : myUnits[index]
      if (picked && picked.unitId !== home.unit.id) setUnitId(picked.unitId)
    }
    content = <UnitHomeView home={home} onSwitch={myUnits.length > 1 ? () => void switchUnit() : undefined} />
  }
  return (
    <>
      <A11yPageMeta />
      <View className='unit-home-page'>{content}</View>
    </>
  )
}
