import { useCallback, useEffect, useState } from 'react'
import { checkReportLink, type TReport, type TReportLink } from '../../../../types/api/reports'
import { confirmAction } from '../../../shared/modal'
import { scrollToTop } from '../../../shared/scroll-to-top'
import { showMessage, showSuccess } from '../../../shared/toast'
import { useFormActions } from '../../../shared/use-form-actions'
import { useRemote } from '../../../shared/use-remote'
import { getUnitReports, saveReport } from '../api/unit-reports'
import { submitReport, withdrawReport } from '../api/report'

export type TReportDraft = { title: string; body: string; links: TReportLink[] }
export type TReportAction = 'save' | 'submit' | 'withdraw'

const EMPTY: TReportDraft = { title: '', body: '', links: [] }

/** Each link's problem in Chinese (null when fine); empty rows are dropped on save. */
export function linkProblems(links: TReportLink[]): (string | null)[] {
  return links.map((link) => (link.url.trim() === '' ? (link.label.trim() ? '请填写网址' : null) : checkReportLink(link.url.trim())))
}

/**
 * The unit's report for one deadline: text and links edited locally and saved as a whole (the
 * first save creates the draft); pictures update the report on the server at once.
 */
export function useReport(unitId: string | undefined, initialDeadlineId: string | undefined) {
  const [deadlineId, setDeadlineId] = useState(initialDeadlineId)
  const remote = useRemote(unitId ? () => getUnitReports(unitId, deadlineId) : null, [unitId, deadlineId])
  const [report, setReport] = useState<TReport | null>(null)
  const [draft, setDraft] = useState<TReportDraft>(EMPTY)
  const [dirty, setDirty] = useState(false)
  const { busy, run } = useFormActions<TReportAction>()

  const adopt = useCallback((next: TReport | null) => {
    setReport(next)
    setDraft(next ? { title: next.title, body: next.body, links: next.links } : EMPTY)
    setDirty(false)
  }, [])

  useEffect(() => {
    if (remote.data) adopt(remote.data.current?.report ?? null)
  }, [remote.data, adopt])

  const change = useCallback((patch: Partial<TReportDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }))
    setDirty(true)
  }, [])

  const current = remote.data?.current ?? null

  /** Saves the text and links; returns the report (created on the first save), or null when refused. */
  const persist = useCallback(async (): Promise<TReport | null> => {
    if (!unitId || !current) return null
    const problems = linkProblems(draft.links)
    const first = problems.findIndex((p) => p !== null)
    if (first >= 0) {
      showMessage(`第 ${first + 1} 个链接${problems[first]}`)
      return null
    }
    const links = draft.links.filter((l) => l.url.trim() !== '').map((l) => ({ url: l.url.trim(), label: l.label.trim() }))
    const saved = await saveReport(unitId, { deadlineId: current.deadline.id, title: draft.title, body: draft.body, links })
    adopt(saved)
    return saved
  }, [unitId, current, draft, adopt])

  const save = useCallback(
    () =>
      run('save', async () => {
        if (await persist()) showSuccess('草稿已保存')
      }),
    [run, persist],
  )

  const submit = useCallback(
    () =>
      run('submit', async () => {
        const saved = dirty || !report ? await persist() : report
        if (!saved) return
        if (!(await confirmAction({ title: '提交报告', content: '提交后组织方即可看到；截止前可以撤回修改。', confirmText: '提交' }))) return
        adopt(await submitReport(saved.id))
        scrollToTop()
        showSuccess('已提交')
        void remote.reload()
      }),
    [run, dirty, report, persist, adopt, remote],
  )

  const withdraw = useCallback(
    () =>
      run('withdraw', async () => {
        if (!report) return
        if (!(await confirmAction({ title: '撤回报告', content: '撤回后变为草稿，修改后需要重新提交。', confirmText: '撤回' }))) return
        adopt(await withdrawReport(report.id))
        scrollToTop()
        showSuccess('已撤回')
      }),
    [run, report, adopt],
  )

  /** Pictures belong to a saved report: the first picture saves the draft first. */
  const ensureReport = useCallback(async () => report ?? (await persist()), [report, persist])

  const switchDeadline = useCallback(
    async (id: string) => {
      if (id === current?.deadline.id) return
      if (dirty && !(await confirmAction({ title: '有未保存的修改', content: '切换后这次的修改不会保存。', confirmText: '仍然切换' }))) return
      setDeadlineId(id)
    },
    [current, dirty],
  )

  return { remote, current, report, setReport, draft, change, dirty, busy, save, submit, withdraw, ensureReport, switchDeadline }
}
