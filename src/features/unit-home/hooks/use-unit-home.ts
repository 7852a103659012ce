import type { TMyUnit, TUnitHomeResponse } from '../../../../types/api/unit-home'
import { ApiError } from '../../../shared/api-error'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getUnitHome } from '../api/get-unit-home'
import { listMyUnits } from '../api/list-my-units'

export type TUnitHomeData = { home: TUnitHomeResponse; myUnits: TMyUnit[] }

/**
 * The home of `unitId`, or — opened without one (a tab-less entry, a reminder from an older
 * version) — of the caller's first unit. `myUnits` lets the header offer 切换单位.
 * `enabled` is false until the session is known.
 */
export function useUnitHome(unitId: string | undefined, enabled: boolean): RemoteState<TUnitHomeData> {
  return useRemote(
    enabled
      ? async () => {
          // With a unit id both load at once; without, the first unit must be known first.
          if (unitId) {
            const [home, mine] = await Promise.all([getUnitHome(unitId), listMyUnits()])
            return { home, myUnits: mine.items }
          }
          const mine = await listMyUnits()
          const first = mine.items[0]?.unitId
          if (!first) throw new ApiError('no_unit', '你还不是任何单位的联系人。请在「我的」输入单位邀请码加入。', 403)
          return { home: await getUnitHome(first), myUnits: mine.items }
        }
      : null,
    [unitId, enabled],
  )
}
