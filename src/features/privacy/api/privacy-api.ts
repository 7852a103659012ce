import { ZExportResponse, type TExportResponse } from '../../../../types/api/common'
import {
  ZDeleteAccountResponse,
  ZPrivacyOverviewResponse,
  type TChangeConsentRequest,
  type TDeleteAccountRequest,
  type TDeleteAccountResponse,
  type TPrivacyOverviewResponse,
} from '../../../../types/api/privacy'
import { request } from '../../../shared/request'

/** GET /api/me/privacy — consents, their history and what deleting would do. */
export function getPrivacyOverview(): Promise<TPrivacyOverviewResponse> {
  return request({ path: '/api/me/privacy', schema: ZPrivacyOverviewResponse })
}

/** POST /api/me/privacy/consents — withdraw a consent or give the optional one again. */
export function changeConsent(body: TChangeConsentRequest): Promise<TPrivacyOverviewResponse> {
  return request({ path: '/api/me/privacy/consents', method: 'POST', body, schema: ZPrivacyOverviewResponse })
}

/** POST /api/me/privacy/export — a link to the JSON file of everything held about the caller. */
export function exportMyData(): Promise<TExportResponse> {
  return request({ path: '/api/me/privacy/export', method: 'POST', body: {}, schema: ZExportResponse })
}

/** POST /api/me/privacy/delete-account */
export function deleteAccount(body: TDeleteAccountRequest): Promise<TDeleteAccountResponse> {
  return request({ path: '/api/me/privacy/delete-account', method: 'POST', body, schema: ZDeleteAccountResponse })
}
