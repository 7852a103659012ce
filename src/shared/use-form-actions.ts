import { useCallback, useState } from 'react'
import { ApiError, describeError } from './api-error'
import { showNotice } from './modal'
import { showMessage } from './toast'

/**
 * Runs the actions of a form a unit hands in (save, submit, withdraw …) one at a time: `busy` names
 * the one under way. A refused submission (everything still missing, or the deadline) is shown in
 * a dialog, since it is longer than a toast holds; any other failure in a toast.
 */
export function useFormActions<TAction extends string>() {
  const [busy, setBusy] = useState<TAction | null>(null)
  const run = useCallback(async (action: TAction, work: () => Promise<void>) => {
    setBusy(action)
    try {
      await work()
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'submission_incomplete' || error.code === 'deadline_passed')) {
        await showNotice(error.code === 'deadline_passed' ? '已过截止时间' : '还不能提交', error.message)
      } else showMessage(describeError(error))
    } finally {
      setBusy(null)
    }
  }, [])
  return { busy, run }
}
