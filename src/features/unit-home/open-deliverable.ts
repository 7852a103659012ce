import type { TDeliverable } from '../../../types/api/unit-home'
import { showNotice } from '../../shared/modal'
import { openArrangement } from '../arrangement/navigation'
import { openPhotoHandin } from '../photo-handin/navigation'
import { openReport } from '../reports/navigation'
import { openShowcase } from '../showcase/navigation'
import { openWeeklyStats } from '../weekly-stats/navigation'

/** Opens the page where a deliverable is filled in and handed in. */
export function openDeliverable(unitId: string, deliverable: TDeliverable): void {
  switch (deliverable.page) {
    case 'arrangement':
      openArrangement(unitId)
      return
    case 'showcase':
      openShowcase(unitId)
      return
    case 'photo_handin':
      openPhotoHandin(unitId)
      return
    case 'weekly_stats':
      openWeeklyStats(unitId, deliverable.deadlineId)
      return
    case 'reports':
      openReport(unitId, deliverable.deadlineId)
      return
    default:
      // Kinds the notice asks for outside the app (e-mail, paper): the home can only remind.
      void showNotice(deliverable.title, '此项请按通知要求报送（如电子邮件或纸质材料）。截止前会在这里和消息中提醒你。')
  }
}
