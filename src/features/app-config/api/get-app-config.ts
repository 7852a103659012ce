import { ZAppConfigResponse, type TAppConfigResponse } from '../../../../types/api/app-config'
import { request } from '../../../shared/request'

let cached: Promise<TAppConfigResponse> | null = null

/** GET /api/app-config — fetched once per app launch; a failure is not cached, so retry works. */
export function getAppConfig(): Promise<TAppConfigResponse> {
  if (!cached) {
    cached = request({ path: '/api/app-config', schema: ZAppConfigResponse }).catch((error: unknown) => {
      cached = null
      throw error
    })
  }
  return cached
}
