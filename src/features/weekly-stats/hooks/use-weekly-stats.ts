import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { TStatsPicture, TWeeklyStatsResponse } from '../../../../types/api/weekly-stats'
import { ApiError, describeError } from '../../../shared/api-error'
import { confirmAction, showNotice } from '../../../shared/modal'
import { openDownload } from '../../../shared/open-download'
import { showMessage, showSuccess } from '../../../shared/toast'
import { exportWeeklyStats, getWeeklyStats, saveWeeklyStats, submitWeeklyStats, withdrawWeeklyStats } from '../api/weekly-stats-api'
import { liveTotals, sameForm, toForm, toSaveRequest, type TRowForm, type TStatsForm } from '../stats-form'

export type TStatsAction = 'save' | 'submit' | 'withdraw' | 'export' | 'switch'

/** A refusal with several reasons (提交前还需要…) is worth a dialog; one reason fits a toast. */
function tell(error: unknown): void {
  if (error instanceof ApiError && error.issues.length > 1) {
    void showNotice('还需要补充', error.issues.map((issue) => `· ${issue.message}`).join('\n'))
  } else {
    showMessage(describeError(error))
  }
}

/**
 * One return of the unit (a Friday or the summary): loaded from the server, edited as text in the
 * form, saved / submitted / withdrawn / exported, and switched to another deadline. The figures
 * that come from check-ins are never part of the form.
 */
export function useWeeklyStats(unitId: string | undefined, initialDeadlineId: string | undefined) {
  const [stats, setStats] = useState<TWeeklyStatsResponse>()
  const [form, setForm] = useState<TStatsForm>()
  const [saved, setSaved] = useState<TStatsForm>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<TStatsAction | null>(null)
  const generation = useRef(0)

  const apply = useCallback((next: TWeeklyStatsResponse) => {
    const fresh = toForm(next)
    setStats(next)
    setForm(fresh)
    setSaved(fresh)
    setError(null)
  }, [])

  const load = useCallback(
    async (deadlineId: string | undefined) => {
      if (!unitId) return
      const mine = ++generation.current
      try {
        const next = await getWeeklyStats(unitId, deadlineId)
        if (mine === generation.current) apply(next)
      } catch (e) {
        if (mine === generation.current) setError(describeError(e))
      }
    },
    [unitId, apply],
  )

  useEffect(() => {
    void load(initialDeadlineId)
  }, [load, initialDeadlineId])

  const dirty = form !== undefined && saved !== undefined && !sameForm(form, saved)
  const totals = useMemo(() => (stats && form ? liveTotals(stats.rows, form) : undefined), [stats, form])

  const updateRow = useCallback((activityId: string, change: (row: TRowForm) => TRowForm) => {
    setForm((previous) => previous && { ...previous, rows: previous.rows.map((row) => (row.activityId === activityId ? change(row) : row)) })
  }, [])
  const setField = useCallback((patch: Partial<Omit<TStatsForm, 'rows'>>) => {
    setForm((previous) => previous && { ...previous, ...patch })
  }, [])
  const setPictures = useCallback((pictures: TStatsPicture[]) => {
    setStats((previous) => previous && { ...previous, pictures })
  }, [])

  /** Saves when there is anything to save; false when saving failed (the reason was shown). */
  const saveIfNeeded = useCallback(async (): Promise<boolean> => {
    if (!unitId || !stats || !form || !dirty || !stats.canEdit) return true
    try {
      apply(await saveWeeklyStats(unitId, toSaveRequest(stats.deadline.id, form)))
      return true
    } catch (e) {
      tell(e)
      return false
    }
  }, [unitId, stats, form, dirty, apply])

  const run = useCallback(async (action: TStatsAction, work: () => Promise<void>) => {
    setBusy(action)
    try {
      await work()
    } finally {
      setBusy(null)
    }
  }, [])

  const save = useCallback(
    () =>
      run('save', async () => {
        if (await saveIfNeeded()) showSuccess('草稿已保存')
      }),
    [run, saveIfNeeded],
  )

  const submit = useCallback(
    () =>
      run('submit', async () => {
        if (!unitId || !stats) return
        const ok = await confirmAction({
          title: stats.status === 'returned' ? '重新提交统计表' : '提交统计表',
          content: `提交后组织方即可看到本期（${stats.period.label}）的统计表${stats.deadline.pastDue ? '' : '；截止前可以撤回修改'}。人次和时数按提交时的签到数据记录。`,
          confirmText: '提交',
        })
        if (!ok || !(await saveIfNeeded())) return
        try {
          apply(await submitWeeklyStats(unitId, stats.deadline.id))
          showSuccess('已提交')
        } catch (e) {
          tell(e)
        }
      }),
    [run, unitId, stats, saveIfNeeded, apply],
  )

  const withdraw = useCallback(
    () =>
      run('withdraw', async () => {
        if (!unitId || !stats) return
        const ok = await confirmAction({ title: '撤回统计表', content: '撤回后变为草稿，修改后请在截止前重新提交。', confirmText: '撤回' })
        if (!ok) return
        try {
          apply(await withdrawWeeklyStats(unitId, stats.deadline.id))
          showSuccess('已撤回')
        } catch (e) {
          tell(e)
        }
      }),
    [run, unitId, stats, apply],
  )

  const exportExcel = useCallback(
    () =>
      run('export', async () => {
        if (!unitId || !stats) return
        // The file is made from what is saved: save first, so it matches the screen.
        if (!(await saveIfNeeded())) return
        try {
          await openDownload(await exportWeeklyStats(unitId, stats.deadline.id))
        } catch (e) {
          tell(e)
        }
      }),
    [run, unitId, stats, saveIfNeeded],
  )

  const switchTo = useCallback(
    (deadlineId: string) =>
      run('switch', async () => {
        if (!stats || deadlineId === stats.deadline.id) return
        if (dirty && stats.canEdit) {
          const keep = await confirmAction({ title: '还有未保存的修改', content: '切换前先保存本期草稿吗？', confirmText: '保存并切换', cancelText: '不保存' })
          if (keep && !(await saveIfNeeded())) return
        }
        await load(deadlineId)
      }),
    [run, stats, dirty, saveIfNeeded, load],
  )

  return { stats, form, totals, error, busy, dirty, reload: () => load(stats?.deadline.id ?? initialDeadlineId), updateRow, setField, setPictures, save, submit, withdraw, exportExcel, switchTo }
}

export type TWeeklyStatsState = ReturnType<typeof useWeeklyStats>
