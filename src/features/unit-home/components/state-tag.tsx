import { Text } from '@tarojs/components'
import type { TDeliverableState } from '../../../../types/api/unit-home'
import './unit-home.scss'

/** 未开始 / 草稿 / 已提交 / 已逾期 / 已退回, one colour each. */
export function DeliverableStateTag({ state, label }: { state: TDeliverableState; label: string }) {
  return <Text className={`deliverable-state deliverable-state--${state}`}>{label}</Text>
}
