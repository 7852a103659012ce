import type { TSeedCampaign } from '../seed-schema'
import { buildDemoCampaign } from './demo'
import { jincheng2021 } from './jincheng-2021'
import { lanzhou2023 } from './lanzhou-2023'
import { lianyungang2024 } from './lianyungang-2024'
import { zhaoqing2019 } from './zhaoqing-2019'
import { ziyang2023 } from './ziyang-2023'

export { buildDemoCampaign, jincheng2021, lanzhou2023, lianyungang2024, zhaoqing2019, ziyang2023 }

/** The five real campaigns (one per notice), then the demo campaign for the March of `demoYear`. */
export function buildSeedCampaigns(demoYear: number): TSeedCampaign[] {
  return [lianyungang2024, ziyang2023, lanzhou2023, zhaoqing2019, jincheng2021, buildDemoCampaign(demoYear)]
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * The March the demo should show: this year's if `now` is before 1 April (Asia/Shanghai, which has
 * no DST), otherwise next year's.
 */
export function comingMarchYear(now: Date): number {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
  const year = local.getUTCFullYear()
  return local.getUTCMonth() < 3 ? year : year + 1
}
