import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { confirmAction } from '../../../shared/modal'
import { showMessage, showSuccess } from '../../../shared/toast'
import { StateView } from '../../../shared/ui/state-view'
import { suggestReasons, tabCount } from '../describe-review'
import { useReviewKeys } from '../hooks/use-review-keys'
import type { ReviewQueueState } from '../hooks/use-review-queue'
import { ReviewActions } from './review-actions'
import { ReviewBatchBar } from './review-batch-bar'
import { ReviewGrid } from './review-grid'
import { ReviewPhoneStepper } from './review-phone-stepper'
import { ReviewReasonSheet } from './review-reason-sheet'
import { ReviewToolbar } from './review-toolbar'
import { ReviewViewer } from './review-viewer'
import './photo-review.scss'

const EMPTY_TEXT = { needs_review: '没有等待复核的照片', failed: '没有待处理的不合格照片', decided: '还没有复核过的照片' } as const

/**
 * The review: on a desk a grid beside a large viewer, ticks for batches and keyboard shortcuts;
 * on a phone one photo at a time, swiped or stepped with buttons. Decisions go through one path.
 */
export function ReviewWorkspace({ state, desk }: { state: ReviewQueueState; desk: boolean }) {
  const [rejecting, setRejecting] = useState<string[] | null>(null)
  const [rejectError, setRejectError] = useState<string | null>(null)
  const meta = state.meta
  const canDecide = meta?.canDecide ?? false

  // A desk decides the ticked photos when there are any, else the one in the viewer.
  const targets = (): string[] => (desk && state.chosen.size > 0 ? [...state.chosen] : state.current ? [state.current.photo.id] : [])

  const pass = async () => {
    const ids = targets()
    if (!canDecide || ids.length === 0 || state.busy) return
    if (ids.length > 1 && !(await confirmAction({ title: `通过 ${ids.length} 张照片？`, content: '这些照片将算作合格，单位可以提交。', confirmText: '全部通过' }))) return
    const error = await state.decide(ids, 'passed')
    if (error) showMessage(error)
    else showSuccess(ids.length > 1 ? `已通过 ${ids.length} 张` : '已通过')
  }
  const reject = () => {
    const ids = targets()
    if (!canDecide || ids.length === 0 || state.busy) return
    setRejectError(null)
    setRejecting(ids)
  }
  const confirmReject = async (reason: string) => {
    if (!rejecting) return
    const error = await state.decide(rejecting, 'failed', reason)
    if (error) {
      setRejectError(error)
      return
    }
    showSuccess(rejecting.length > 1 ? `${rejecting.length} 张不通过` : '已判为不通过')
    setRejecting(null)
  }

  useReviewKeys(desk, {
    onPass: () => (rejecting ? undefined : void pass()),
    onReject: () => (rejecting ? undefined : reject()),
    onPrevious: () => (rejecting ? undefined : state.step(-1)),
    onNext: () => (rejecting ? undefined : state.step(1)),
    onToggle: () => (rejecting || !state.current ? undefined : state.toggleChosen(state.current.photo.id)),
    onEscape: () => (rejecting ? setRejecting(null) : state.setChosen(new Set())),
  })

  if (!meta) return null
  const rejectingItems = state.items.filter((item) => rejecting?.includes(item.photo.id))
  const sheet = (
    <ReviewReasonSheet
      open={rejecting !== null}
      count={rejecting?.length ?? 0}
      suggestions={suggestReasons(rejectingItems)}
      busy={state.busy}
      error={rejectError}
      onCancel={() => setRejecting(null)}
      onConfirm={(reason) => void confirmReject(reason)}
    />
  )
  const toolbar = <ReviewToolbar meta={meta} filter={state.filter} onFilter={state.setFilter} desk={desk} />
  const empty =
    !state.loading && state.items.length === 0 ? (
      <StateView kind='empty' title={EMPTY_TEXT[state.filter.tab]} description={state.filter.tab === 'decided' ? undefined : '单位上传的照片由系统自动检查，需要人工判断的会出现在这里。'} />
    ) : null

  if (desk) {
    const count = state.chosen.size > 0 ? state.chosen.size : 1
    return (
      <View className='review-desk'>
        {toolbar}
        {empty ?? (
          <View className='review-desk__panes'>
            <View className='review-desk__list'>
              {canDecide ? (
                <ReviewBatchBar
                  chosen={state.chosen.size}
                  total={state.items.length}
                  onAll={() => state.setChosen(new Set(state.items.map((item) => item.photo.id)))}
                  onClear={() => state.setChosen(new Set())}
                />
              ) : null}
              <ReviewGrid
                items={state.items}
                currentId={state.current?.photo.id ?? null}
                chosen={state.chosen}
                canChoose={canDecide}
                onOpen={state.select}
                onToggle={state.toggleChosen}
                hasMore={state.hasMore}
                loadingMore={state.loadingMore}
                onMore={() => void state.loadMore()}
              />
            </View>
            <View className='review-desk__viewer'>
              {state.current ? (
                <ReviewViewer
                  item={state.current}
                  maxPhotoHeightVh={56}
                  actions={
                    canDecide ? (
                      <ReviewActions
                        busy={state.busy}
                        onPass={() => void pass()}
                        onReject={reject}
                        showKeys
                        count={count}
                        effects={state.chosen.size > 1 ? undefined : state.current}
                      />
                    ) : null
                  }
                />
              ) : null}
            </View>
          </View>
        )}
        {sheet}
      </View>
    )
  }

  return (
    <View className='review-phone'>
      {toolbar}
      {empty ?? (state.current ? <ReviewPhoneStepper state={state} total={tabCount(state.filter.tab, meta.counts)} /> : null)}
      {state.current ? (
        <View className='review-phone__bar'>
          <Text className={`review-phone__step review-prev${state.currentIndex === 0 ? ' review-phone__step--off' : ''}`} onClick={() => state.step(-1)}>
            ‹
          </Text>
          {canDecide ? (
            <ReviewActions busy={state.busy} onPass={() => void pass()} onReject={reject} showKeys={false} />
          ) : (
            <Text className='review-phone__readonly'>仅查看</Text>
          )}
          <Text className={`review-phone__step review-next${state.currentIndex >= state.items.length - 1 ? ' review-phone__step--off' : ''}`} onClick={() => state.step(1)}>
            ›
          </Text>
        </View>
      ) : null}
      {sheet}
    </View>
  )
}
