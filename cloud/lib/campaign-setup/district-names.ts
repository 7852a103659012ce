import { AppError } from '../errors/app-error'
import { nameKey } from './names'
import type { TDistrictRow } from './repository'

/** District names are unique within a campaign (spaces and bracket widths aside). */
export function refuseDuplicateDistrict(districts: TDistrictRow[], name: string, exceptId: string | null): void {
  if (!districts.some((d) => d.id !== exceptId && nameKey(d.name) === nameKey(name))) return
  const message = `已有名为“${name}”的县区（板块），请换一个名称`
  throw new AppError('conflict', { userMessage: message, issues: [{ path: 'name', message }] })
}
