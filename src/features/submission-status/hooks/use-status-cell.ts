import type { TStatusCellResponse } from '../../../../types/api/submission-status'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getStatusCell } from '../api/status-api'

export type TOpenCell = { unitId: string; deadlineId: string | null }

/** The opened cell's submission; nothing while no cell is open. */
export function useStatusCell(campaignId: string, cell: TOpenCell | null): RemoteState<TStatusCellResponse> {
  return useRemote(cell ? () => getStatusCell(campaignId, cell.unitId, cell.deadlineId) : null, [campaignId, cell?.unitId, cell?.deadlineId])
}
