import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findUnitContext, type TUnitContext } from './repository'

/** The unit and its campaign, when the caller runs it (its contacts, the campaign's organisers). */
export async function requireManagedUnit(tx: TTx, unitId: string): Promise<TUnitContext> {
  const unit = await findUnitContext(tx, unitId)
  if (!unit) throw new AppError('unit_not_found')
  if (!unit.can_manage) throw new AppError('forbidden', { userMessage: '只能管理自己负责的单位的活动安排表' })
  return unit
}
