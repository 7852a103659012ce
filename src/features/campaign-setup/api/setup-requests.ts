import {
  ZApplyUnitImportResponse,
  ZCampaignSetup,
  ZCreatedCampaignResponse,
  ZFridayDeadlinesResponse,
  ZUnitImportPreview,
  type TApplyUnitImportResponse,
  type TCampaignBasicsInput,
  type TCampaignSetup,
  type TContactInput,
  type TCopyCampaignRequest,
  type TCreateCampaignRequest,
  type TCreatedCampaignResponse,
  type TDeadlineInput,
  type TDistrictInput,
  type TFridayDeadlinesInput,
  type TFridayDeadlinesResponse,
  type TUnitImportPreview,
  type TUnitInput,
} from '../../../../types/api/campaign-setup'
import { request } from '../../../shared/request'

/**
 * The set-up API (cloud/api/campaigns/[id]/setup/**). Every change answers the whole page, so the
 * screen always shows what is stored.
 */
const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}/setup`

export function getCampaignSetup(campaignId: string): Promise<TCampaignSetup> {
  return request({ path: base(campaignId), schema: ZCampaignSetup })
}

export function saveBasics(campaignId: string, body: TCampaignBasicsInput): Promise<TCampaignSetup> {
  return request({ path: base(campaignId), method: 'PUT', body, schema: ZCampaignSetup })
}

export function addDeadline(campaignId: string, body: TDeadlineInput): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/deadlines`, method: 'POST', body, schema: ZCampaignSetup })
}

export function updateDeadline(campaignId: string, deadlineId: string, body: TDeadlineInput): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/deadlines/${encodeURIComponent(deadlineId)}`, method: 'PUT', body, schema: ZCampaignSetup })
}

export function deleteDeadline(campaignId: string, deadlineId: string): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/deadlines/${encodeURIComponent(deadlineId)}`, method: 'DELETE', schema: ZCampaignSetup })
}

export function addFridayDeadlines(campaignId: string, body: TFridayDeadlinesInput): Promise<TFridayDeadlinesResponse> {
  return request({ path: `${base(campaignId)}/fridays`, method: 'POST', body, schema: ZFridayDeadlinesResponse })
}

export function saveQuotas(campaignId: string, quotas: { subject: string; metric: string; minCount: number }[]): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/quotas`, method: 'PUT', body: { quotas }, schema: ZCampaignSetup })
}

export function saveContacts(campaignId: string, contacts: TContactInput[]): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/contacts`, method: 'PUT', body: { contacts }, schema: ZCampaignSetup })
}

export function addDistrict(campaignId: string, body: TDistrictInput): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/districts`, method: 'POST', body, schema: ZCampaignSetup })
}

export function updateDistrict(campaignId: string, districtId: string, body: TDistrictInput): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/districts/${encodeURIComponent(districtId)}`, method: 'PUT', body, schema: ZCampaignSetup })
}

export function deleteDistrict(campaignId: string, districtId: string): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/districts/${encodeURIComponent(districtId)}`, method: 'DELETE', schema: ZCampaignSetup })
}

export function addUnit(campaignId: string, body: TUnitInput): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/units`, method: 'POST', body, schema: ZCampaignSetup })
}

export function updateUnit(campaignId: string, unitId: string, body: TUnitInput): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/units/${encodeURIComponent(unitId)}`, method: 'PUT', body, schema: ZCampaignSetup })
}

export function deleteUnit(campaignId: string, unitId: string): Promise<TCampaignSetup> {
  return request({ path: `${base(campaignId)}/units/${encodeURIComponent(unitId)}`, method: 'DELETE', schema: ZCampaignSetup })
}

export function previewUnitImport(campaignId: string, path: string, fileName: string): Promise<TUnitImportPreview> {
  return request({ path: `${base(campaignId)}/unit-imports`, method: 'POST', body: { path, fileName }, schema: ZUnitImportPreview, timeoutMs: 60_000 })
}

export function applyUnitImport(campaignId: string, importId: string, mode: 'all' | 'valid_only'): Promise<TApplyUnitImportResponse> {
  return request({ path: `${base(campaignId)}/unit-imports/${encodeURIComponent(importId)}`, method: 'POST', body: { mode }, schema: ZApplyUnitImportResponse })
}

export function createCampaign(body: TCreateCampaignRequest): Promise<TCreatedCampaignResponse> {
  return request({ path: '/api/campaigns', method: 'POST', body, schema: ZCreatedCampaignResponse })
}

export function copyCampaign(campaignId: string, body: TCopyCampaignRequest): Promise<TCreatedCampaignResponse> {
  return request({ path: `${base(campaignId)}/copy`, method: 'POST', body, schema: ZCreatedCampaignResponse })
}
