import type { TActivityCategory, TServedPopulation } from '../../../types/domain'
import { ZActivityInput, type TActivityField, type TActivityInput, type TActivityValues, type TUnitContext } from '../../../types/api/unit-activities'
import { zhErrorMap } from '../../../types/zod-locale'

/**
 * What the form holds while a person types: text for every input (numbers and coordinates are
 * typed), dates and times apart as the pickers give them, all in Asia/Shanghai wall-clock time.
 */
export interface ActivityFormValues {
  seqNo: string
  title: string
  description: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  locationName: string
  address: string
  latitude: string
  longitude: string
  geofenceOn: boolean
  geofenceRadius: string
  contactName: string
  contactPhone: string
  category: TActivityCategory | ''
  servedPopulations: TServedPopulation[]
  servedOther: string
  isKeyActivity: boolean
  coOrganisers: string[]
  capacity: string
  deadlineDate: string
  deadlineTime: string
  whatToBring: string
  dressCode: string
}

export type FieldErrors = Partial<Record<TActivityField, string>>

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** An instant's Shanghai date and time: "2030-03-05", "09:00". */
export function splitShanghai(iso: string): { date: string; time: string } {
  const local = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString()
  return { date: local.slice(0, 10), time: local.slice(11, 16) }
}

/** "2030-03-05" + "09:00" → "2030-03-05T09:00:00+08:00" */
export function joinShanghai(date: string, time: string): string {
  return `${date}T${time}:00+08:00`
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * A fresh form: the first day of the period that is still ahead (tomorrow at the earliest),
 * 09:00–11:00, sign-up closing at 18:00 the day before — the way the notices' units plan.
 */
export function emptyForm(unit: TUnitContext, now: Date = new Date()): ActivityFormValues {
  const tomorrow = addDays(splitShanghai(now.toISOString()).date, 1)
  const day = tomorrow > unit.periodStart ? tomorrow : unit.periodStart
  return {
    seqNo: '',
    title: '',
    description: '',
    startDate: day,
    startTime: '09:00',
    endDate: day,
    endTime: '11:00',
    locationName: '',
    address: '',
    latitude: '',
    longitude: '',
    geofenceOn: false,
    geofenceRadius: '300',
    contactName: '',
    contactPhone: '',
    category: '',
    servedPopulations: [],
    servedOther: '',
    isKeyActivity: false,
    coOrganisers: [],
    capacity: '',
    deadlineDate: '',
    deadlineTime: '',
    whatToBring: '',
    dressCode: '',
  }
}

export function formFromValues(values: TActivityValues): ActivityFormValues {
  const start = splitShanghai(values.startsAt)
  const end = splitShanghai(values.endsAt)
  const deadline = values.signupDeadline ? splitShanghai(values.signupDeadline) : null
  return {
    seqNo: values.seqNo === null ? '' : String(values.seqNo),
    title: values.title,
    description: values.description,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    locationName: values.locationName,
    address: values.address ?? '',
    latitude: values.latitude === null ? '' : String(values.latitude),
    longitude: values.longitude === null ? '' : String(values.longitude),
    geofenceOn: values.geofenceRadiusM !== null,
    geofenceRadius: values.geofenceRadiusM === null ? '300' : String(values.geofenceRadiusM),
    contactName: values.contactName,
    contactPhone: values.contactPhone,
    category: values.category,
    servedPopulations: values.servedPopulations,
    servedOther: values.servedOther ?? '',
    isKeyActivity: values.isKeyActivity,
    coOrganisers: values.coOrganisers,
    capacity: values.capacity === null ? '' : String(values.capacity),
    deadlineDate: deadline?.date ?? '',
    deadlineTime: deadline?.time ?? '',
    whatToBring: values.whatToBring ?? '',
    dressCode: values.dressCode ?? '',
  }
}

/** Empty → null; anything else → a number (NaN when it is not one, which the schema names). */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : Number(trimmed)
}

const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/** The request body's `activity`, before validation (the same shape the API and the import take). */
export function toActivityInput(form: ActivityFormValues): Record<string, unknown> {
  const hasOther = form.servedPopulations.includes('other')
  return {
    seqNo: numberOrNull(form.seqNo),
    title: form.title,
    description: form.description,
    startsAt: joinShanghai(form.startDate, form.startTime),
    endsAt: joinShanghai(form.endDate, form.endTime),
    locationName: form.locationName,
    address: textOrNull(form.address),
    latitude: numberOrNull(form.latitude),
    longitude: numberOrNull(form.longitude),
    geofenceRadiusM: form.geofenceOn ? numberOrNull(form.geofenceRadius) : null,
    contactName: form.contactName,
    contactPhone: form.contactPhone,
    // An unchosen category goes as undefined, so the schema's own "请选择所属类别" names it.
    category: form.category === '' ? undefined : form.category,
    servedPopulations: form.servedPopulations,
    servedOther: hasOther ? textOrNull(form.servedOther) : null,
    isKeyActivity: form.isKeyActivity,
    coOrganisers: form.coOrganisers,
    capacity: numberOrNull(form.capacity),
    signupDeadline: form.deadlineDate && form.deadlineTime ? joinShanghai(form.deadlineDate, form.deadlineTime) : null,
    whatToBring: textOrNull(form.whatToBring),
    dressCode: textOrNull(form.dressCode),
  }
}

const FIELDS = new Set<string>([
  'seqNo', 'title', 'description', 'startsAt', 'endsAt', 'locationName', 'address', 'latitude', 'longitude',
  'geofenceRadiusM', 'contactName', 'contactPhone', 'category', 'servedPopulations', 'servedOther', 'isKeyActivity',
  'coOrganisers', 'capacity', 'signupDeadline', 'whatToBring', 'dressCode',
])
function isField(name: string): name is TActivityField {
  return FIELDS.has(name)
}

/** Issues from the schema or the server ("activity.startsAt", "coOrganisers.1") → one message per field. */
export function errorsByField(issues: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const name = issue.path.replace(/^activity\./, '').split('.')[0] ?? ''
    if (isField(name) && !errors[name]) errors[name] = issue.message
  }
  return errors
}

export type CheckedForm = { ok: true; activity: TActivityInput } | { ok: false; errors: FieldErrors }

/** Checks the form with the API's own schema before anything is sent. */
export function checkForm(form: ActivityFormValues): CheckedForm {
  const parsed = ZActivityInput.safeParse(toActivityInput(form), { errorMap: zhErrorMap })
  if (parsed.success) return { ok: true, activity: parsed.data }
  // A typed number that is not one arrives as NaN: the schema then says the field wants a number.
  const errors = errorsByField(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
  return { ok: false, errors }
}
