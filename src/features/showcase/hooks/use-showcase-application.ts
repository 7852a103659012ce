import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  findMissingFields,
  ZShowcaseForm,
  type TShowcaseApplication,
  type TShowcaseForm,
} from '../../../../types/api/showcase'
import { confirmAction } from '../../../shared/modal'
import { scrollToTop } from '../../../shared/scroll-to-top'
import { showMessage, showSuccess } from '../../../shared/toast'
import { useFormActions } from '../../../shared/use-form-actions'
import { useRemote } from '../../../shared/use-remote'
import { deleteShowcase, getShowcase, saveShowcase, submitShowcase, withdrawShowcase } from '../api/showcase-application'

export type TShowcaseAction = 'save' | 'submit' | 'withdraw' | 'delete'

function formOf(application: TShowcaseApplication): TShowcaseForm {
  const { organisationName, projectName, summary, displayContents, standardNeeds, extraNeeds, contactName, contactUnitTitle, contactPhone, remark } =
    application
  return { organisationName, projectName, summary, displayContents, standardNeeds, extraNeeds, contactName, contactUnitTitle, contactPhone, remark }
}

/**
 * One project's form. The form is edited locally and saved as a whole; pictures change on the
 * server at once, so their answers update the application but never overwrite unsaved typing.
 */
export function useShowcaseApplication(id: string | undefined, onDeleted: () => void) {
  const remote = useRemote(id ? () => getShowcase(id) : null, [id])
  const [application, setApplication] = useState<TShowcaseApplication | undefined>(undefined)
  const [form, setForm] = useState<TShowcaseForm | undefined>(undefined)
  const [dirty, setDirty] = useState(false)
  const { busy, run } = useFormActions<TShowcaseAction>()

  useEffect(() => {
    if (!remote.data) return
    setApplication(remote.data)
    setForm(formOf(remote.data))
    setDirty(false)
  }, [remote.data])

  const change = useCallback((patch: Partial<TShowcaseForm>) => {
    setForm((previous) => (previous ? { ...previous, ...patch } : previous))
    setDirty(true)
  }, [])

  /** What is still missing, from what is on screen now (the server checks the same on submit). */
  const missing = useMemo(() => {
    if (!form || !application) return []
    const parsed = ZShowcaseForm.safeParse(form)
    return parsed.success ? findMissingFields(parsed.data, application.pictures.length) : application.missing
  }, [form, application])

  const persist = useCallback(async (): Promise<TShowcaseApplication | null> => {
    if (!id || !form) return null
    const parsed = ZShowcaseForm.safeParse(form)
    if (!parsed.success) {
      showMessage(parsed.error.issues[0]?.message ?? '请检查填写的内容')
      return null
    }
    const saved = await saveShowcase(id, parsed.data)
    setApplication(saved)
    setForm(formOf(saved))
    setDirty(false)
    return saved
  }, [id, form])

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
        if (!id) return
        if (dirty && !(await persist())) return
        if (!(await confirmAction({ title: '提交申报表', content: '提交后组织方即可看到；截止前可以撤回修改。', confirmText: '提交' }))) return
        setApplication(await submitShowcase(id))
        scrollToTop()
        showSuccess('已提交')
      }),
    [run, id, dirty, persist],
  )

  const withdraw = useCallback(
    () =>
      run('withdraw', async () => {
        if (!id) return
        if (!(await confirmAction({ title: '撤回申报表', content: '撤回后变为草稿，修改后需要重新提交。', confirmText: '撤回' }))) return
        const withdrawn = await withdrawShowcase(id)
        setApplication(withdrawn)
        setForm(formOf(withdrawn))
        setDirty(false)
        scrollToTop()
        showSuccess('已撤回')
      }),
    [run, id],
  )

  const remove = useCallback(
    () =>
      run('delete', async () => {
        if (!id) return
        if (!(await confirmAction({ title: '删除草稿', content: '删除这个展示项目和它的图片？删除后不能恢复。', confirmText: '删除' }))) return
        await deleteShowcase(id)
        showSuccess('已删除')
        onDeleted()
      }),
    [run, id, onDeleted],
  )

  return { remote, application, setApplication, form, change, dirty, missing, busy, save, submit, withdraw, remove }
}
