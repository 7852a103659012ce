import { useCallback, useEffect, useState } from 'react'
import type { TActivityField, TManagedActivity, TUnitContext } from '../../../../types/api/unit-activities'
import { ApiError, describeError } from '../../../shared/api-error'
import { createUnitActivity, getEditableActivity, getUnitActivities, updateUnitActivity, withdrawActivity } from '../api/activity-editor-api'
import { checkForm, emptyForm, errorsByField, formFromValues, type ActivityFormValues, type FieldErrors } from '../form-values'

export type SaveOutcome =
  | { status: 'saved'; activity: TManagedActivity; notified: number; created: boolean }
  | { status: 'invalid'; message: string }
  | { status: 'failed'; message: string }

export interface ActivityEditor {
  /** Null until loaded. */
  unit: TUnitContext | null
  /** The saved record (null for a new activity not yet saved). */
  record: TManagedActivity | null
  form: ActivityFormValues | null
  errors: FieldErrors
  loadError: string | null
  busy: boolean
  update: (patch: Partial<ActivityFormValues>) => void
  save: (publish: boolean) => Promise<SaveOutcome>
  withdraw: (reason: string) => Promise<{ status: 'withdrawn'; cancelled: number } | { status: 'failed'; message: string }>
  reload: () => void
}

/** Form inputs that feed one API field (its error shows under that field). */
const FIELD_OF_INPUT: Record<string, TActivityField> = {
  startDate: 'startsAt',
  startTime: 'startsAt',
  endDate: 'endsAt',
  endTime: 'endsAt',
  deadlineDate: 'signupDeadline',
  deadlineTime: 'signupDeadline',
  geofenceOn: 'geofenceRadiusM',
  geofenceRadius: 'geofenceRadiusM',
}

/**
 * The activity form's state: loads the unit (new) or the record (edit), validates with the API's
 * schema before sending, and shows the server's own field messages next to their fields.
 */
export function useActivityEditor(params: { id?: string; unitId?: string }): ActivityEditor {
  const [id, setId] = useState(params.id)
  const [unit, setUnit] = useState<TUnitContext | null>(null)
  const [record, setRecord] = useState<TManagedActivity | null>(null)
  const [form, setForm] = useState<ActivityFormValues | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [loadError, setLoadError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let live = true
    setLoadError(null)
    const load = async () => {
      if (params.id) {
        const loaded = await getEditableActivity(params.id)
        if (!live) return
        setRecord(loaded)
        setUnit(loaded.unit)
        setForm(formFromValues(loaded.values))
      } else if (params.unitId) {
        const { unit: loadedUnit } = await getUnitActivities(params.unitId)
        if (!live) return
        setUnit(loadedUnit)
        setForm(emptyForm(loadedUnit))
      } else {
        setLoadError('缺少单位或活动编号，请从单位工作台进入')
      }
    }
    load().catch((error: unknown) => {
      if (live) setLoadError(describeError(error))
    })
    return () => {
      live = false
    }
  }, [params.id, params.unitId, generation])

  const update = useCallback((patch: Partial<ActivityFormValues>) => {
    setForm((current) => (current ? { ...current, ...patch } : current))
    // A field the person touches again loses its old message.
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch)) delete next[FIELD_OF_INPUT[key] ?? (key as TActivityField)]
      return next
    })
  }, [])

  const save = useCallback(
    async (publish: boolean): Promise<SaveOutcome> => {
      if (!form || !unit) return { status: 'failed', message: '表单还没有加载好' }
      const checked = checkForm(form)
      if (!checked.ok) {
        setErrors(checked.errors)
        return { status: 'invalid', message: Object.values(checked.errors)[0] ?? '请检查填写的信息' }
      }
      setBusy(true)
      try {
        const body = { activity: checked.activity, publish }
        const result = id ? await updateUnitActivity(id, body) : await createUnitActivity(unit.unitId, body)
        setRecord(result.activity)
        setForm(formFromValues(result.activity.values))
        setErrors({})
        const created = !id
        setId(result.activity.id)
        return { status: 'saved', activity: result.activity, notified: result.notified, created }
      } catch (error) {
        if (error instanceof ApiError && error.issues.length > 0) {
          const fieldErrors = errorsByField(error.issues)
          setErrors(fieldErrors)
          return { status: 'invalid', message: Object.values(fieldErrors)[0] ?? error.message }
        }
        return { status: 'failed', message: describeError(error) }
      } finally {
        setBusy(false)
      }
    },
    [form, unit, id],
  )

  const withdraw = useCallback(
    async (reason: string) => {
      if (!id) return { status: 'failed' as const, message: '活动还没有保存' }
      setBusy(true)
      try {
        const result = await withdrawActivity(id, reason)
        setRecord(result.activity)
        return { status: 'withdrawn' as const, cancelled: result.cancelledRegistrations }
      } catch (error) {
        return { status: 'failed' as const, message: describeError(error) }
      } finally {
        setBusy(false)
      }
    },
    [id],
  )

  const reload = useCallback(() => setGeneration((n) => n + 1), [])

  return { unit, record, form, errors, loadError, busy, update, save, withdraw, reload }
}
