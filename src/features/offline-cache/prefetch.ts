import { getActivity } from '../activities/api/get-activity'
import { currentUser } from '../auth/session-store'
import { listMyRegistrations } from '../registrations/api/list-my-registrations'
import { CACHE_HORIZON_MS, MAX_CACHED_ACTIVITIES, keepOnlyActivities, rememberActivity } from './activity-cache'

/**
 * At launch, while the network is there: save the signed-in person's confirmed activities of the
 * next days, so a volunteer who signed up a week ago (and was perhaps promoted from the waitlist
 * since) can open them at the site with no signal, even without having opened them again.
 * A few GETs once per launch; failures only mean nothing new is saved.
 */
export async function saveMyNextActivities(now: number = Date.now()): Promise<void> {
  const user = currentUser()
  if (!user) return
  const { items } = await listMyRegistrations('upcoming')
  const soon = items.filter(
    (item) => item.registration.status === 'confirmed' && new Date(item.activity.startsAt).getTime() - now <= CACHE_HORIZON_MS,
  )
  // Cancelled or withdrawn since: their saved copies go.
  keepOnlyActivities(user.id, new Set(soon.map((item) => item.activity.id)))
  for (const item of soon.slice(0, MAX_CACHED_ACTIVITIES)) {
    const detail = await getActivity(item.activity.id)
    // The person may have signed out or changed while this ran.
    if (currentUser()?.id !== user.id) return
    rememberActivity(user.id, detail)
  }
}
