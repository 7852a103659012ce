import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findReport, type TReportRow } from './repository'

export async function loadReport(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TReportRow> {
  const row = await findReport(tx, { id }, options)
  if (!row) throw new AppError('not_found', { userMessage: '报告不存在，或你无权查看' })
  return row
}

/** Drafts and returned reports change; a submitted one is withdrawn first. */
export function requireEditable(row: TReportRow): void {
  if (row.status === 'submitted') throw new AppError('already_submitted', { userMessage: '报告已提交，如需修改请先撤回' })
  if (row.status === 'accepted') throw new AppError('already_submitted', { userMessage: '报告已被采用，不能再修改' })
}

export function deadlinePassed(row: { due_at: Date }, now: Date): boolean {
  return row.due_at.getTime() < now.getTime()
}
