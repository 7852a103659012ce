import type { TAppConfigResponse } from '../../../types/api/app-config'
import { hasWechatCredentials } from '../config/env'
import type { TTx } from '../db/client'
import { shanghaiToday } from '../time/shanghai'
import { findCurrentCampaignId } from './repository'

export async function getAppConfig(tx: TTx, now: Date = new Date()): Promise<TAppConfigResponse> {
  return {
    loginMode: hasWechatCredentials() ? 'wechat' : 'demo',
    currentCampaignId: await findCurrentCampaignId(tx, shanghaiToday(now)),
  }
}
