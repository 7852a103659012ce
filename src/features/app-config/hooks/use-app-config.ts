import type { TAppConfigResponse } from '../../../../types/api/app-config'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getAppConfig } from '../api/get-app-config'

export function useAppConfig(): RemoteState<TAppConfigResponse> {
  return useRemote(getAppConfig, [])
}
