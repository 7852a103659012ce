import type { TDayCountsRequest } from '../../../../types/api/activities'
import { useRemote } from '../../../shared/use-remote'
import { countActivitiesPerDay } from '../api/count-activities-per-day'

/** Activities per day as a lookup, for the day strip; null until loaded (or when it failed). */
export function useDayCounts(filters: TDayCountsRequest | null): Record<string, number> | null {
  const key = filters ? JSON.stringify(filters) : null
  const remote = useRemote(
    filters
      ? async () => Object.fromEntries((await countActivitiesPerDay(filters)).days.map((d) => [d.date, d.count]))
      : null,
    [key],
  )
  // The strip still works without counts; a failure here must not block the list.
  return remote.data ?? null
}
