import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { confirmAction } from '../../../shared/modal'
import { showSuccess } from '../../../shared/toast'
import { acceptSubmission, returnSubmission } from '../api/status-api'
import './status.scss'

/** What a 退回 / 采用 is about: a deadline's return of the unit, or one showcase application. */
export type TDecisionTarget = { campaignId: string; unitId: string; deadlineId?: string; showcaseApplicationId?: string }

interface DecisionActionsProps {
  target: TDecisionTarget
  canReturn: boolean
  canAccept: boolean
  /** 「3月7日统计表」, 展示项目「护河」: named in the confirmation. */
  what: string
  onDecided: () => void
}

/** 退回修改 (with a reason the unit reads) and 采用, for organisers, on something submitted. */
export function DecisionActions({ target, canReturn, canAccept, what, onDecided }: DecisionActionsProps) {
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!canReturn && !canAccept) return null
  const { campaignId, ...body } = target

  const submitReturn = async () => {
    if (reason.trim().length < 2) {
      setError('请写明退回原因（至少 2 个字），单位会看到它')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const result = await returnSubmission(campaignId, { ...body, reason: reason.trim() })
      showSuccess(result.notified > 0 ? `已退回，已通知 ${result.notified} 位联系人` : '已退回')
      setReturning(false)
      setReason('')
      onDecided()
    } catch (e) {
      setError(describeError(e))
    } finally {
      setBusy(false)
    }
  }

  const accept = async () => {
    const ok = await confirmAction({ title: '采用这项材料？', content: `采用${what}后，单位不能再撤回或修改；如有问题仍可退回。`, confirmText: '采用' })
    if (!ok) return
    setBusy(true)
    setError(null)
    try {
      await acceptSubmission(campaignId, body)
      showSuccess('已采用')
      onDecided()
    } catch (e) {
      setError(describeError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='decision'>
      {returning ? (
        <View className='decision__form return-form'>
          <Text className='decision__label'>退回{what}的原因（单位联系人会看到）</Text>
          <View className='decision__box'>
            <Textarea
              className='decision__textarea return-reason-input'
              value={reason}
              maxlength={500}
              placeholder='如：图片不足 5 张，请补充活动现场照片'
              autoHeight
              onInput={(e) => setReason(e.detail.value)}
            />
          </View>
          <Text className='decision__count'>{reason.trim().length}/500</Text>
          <View className='decision__buttons'>
            <Button className='decision__confirm confirm-return' type='danger' size='small' loading={busy} disabled={busy} onClick={() => void submitReturn()}>
              确认退回
            </Button>
            <Button size='small' fill='outline' disabled={busy} onClick={() => setReturning(false)}>
              取消
            </Button>
          </View>
        </View>
      ) : (
        <View className='decision__buttons'>
          {canReturn ? (
            <Button className='decision__return open-return' type='danger' fill='outline' size='small' disabled={busy} onClick={() => setReturning(true)}>
              退回修改
            </Button>
          ) : null}
          {canAccept ? (
            <Button className='decision__accept' type='success' fill='outline' size='small' loading={busy} disabled={busy} onClick={() => void accept()}>
              采用
            </Button>
          ) : null}
        </View>
      )}
      {error ? <Text className='decision__error'>{error}</Text> : null}
    </View>
  )
}
