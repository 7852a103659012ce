import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findApplication, type TApplicationRow } from './repository'

/** The application, when the caller may see it (RLS: its unit's contacts and the organisers). */
export async function loadApplication(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TApplicationRow> {
  const row = await findApplication(tx, id, options)
  if (!row) throw new AppError('not_found', { userMessage: '展示项目申报不存在，或你无权查看' })
  return row
}

/** Only drafts and returned applications change; a submitted one is withdrawn first. */
export function requireEditable(row: TApplicationRow): void {
  if (row.status === 'submitted') throw new AppError('already_submitted', { userMessage: '申报表已提交，如需修改请先撤回' })
  if (row.status === 'accepted') throw new AppError('already_submitted', { userMessage: '申报表已被采用，不能再修改' })
}
