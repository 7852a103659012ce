import type { TActivityCategory, TServedPopulation } from '../../../../types/domain'
import type { TSeedActivity } from '../seed-schema'

/** A real place with plausible coordinates (GCJ-02, as Chinese maps give them). */
export type TPlace = { locationName: string; address: string; latitude: number; longitude: number }

/**
 * One activity of a real campaign as written in its seed file: the day and hours in Shanghai time,
 * a place, and a contact whose phone is an obviously fake 1380000xxxx number (`contact[1]` = last 4).
 */
export type TCampaignActivity = {
  unit: string
  date: string
  from: string
  to: string
  title: string
  description: string
  place: TPlace
  category: TActivityCategory
  served?: TServedPopulation[]
  /** What 其他 means, when `served` includes 'other'. */
  servedOther?: string
  key?: boolean
  /** Co-organising units (参与志愿服务组织). */
  co?: string[]
  capacity: number
  bring: string
  dress?: string
  contact: [name: string, last4: string]
  /** Defaults to 18:00 the day before. */
  signupDeadline?: string
}

export const VOLUNTEER_VEST = '统一穿着红色志愿者马甲（现场发放），着运动鞋'

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

/** Seed rows in start order, numbered 1…n (序号) as 附件2 lists them. */
export function buildCampaignActivities(list: TCampaignActivity[]): TSeedActivity[] {
  return [...list]
    .sort((a, b) => `${a.date} ${a.from}`.localeCompare(`${b.date} ${b.from}`))
    .map((a, index) => ({
      seqNo: index + 1,
      unit: a.unit,
      title: a.title,
      description: a.description,
      startsAt: `${a.date} ${a.from}`,
      endsAt: `${a.date} ${a.to}`,
      locationName: a.place.locationName,
      address: a.place.address,
      latitude: a.place.latitude,
      longitude: a.place.longitude,
      contactName: a.contact[0],
      contactPhone: `1380000${a.contact[1]}`,
      category: a.category,
      servedPopulations: a.served ?? [],
      servedOther: a.servedOther ?? null,
      isKeyActivity: a.key ?? false,
      coOrganisers: a.co ?? [],
      capacity: a.capacity,
      signupDeadline: a.signupDeadline ?? `${dayBefore(a.date)} 18:00`,
      whatToBring: a.bring,
      dressCode: a.dress ?? VOLUNTEER_VEST,
    }))
}
