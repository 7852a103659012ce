import type { TCheckinResponse } from '../../../types/api/checkins'
import { formatTime } from '../../shared/date'
import { showNotice } from '../../shared/modal'

export function formatHours(hours: number | null): string {
  if (hours === null) return '—'
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} 小时`
}

export async function announceCheckin(result: TCheckinResponse): Promise<void> {
  const { checkIn } = result
  if (result.action === 'checked_in') {
    await showNotice('签到成功', `${result.activityTitle}\n签到时间 ${formatTime(checkIn.checkedInAt)}。活动结束离场时，请再次扫码签退。`)
  } else if (result.action === 'checked_out') {
    await showNotice('签退成功', `本次服务时长 ${formatHours(checkIn.hours)}，已计入你的志愿服务时长。`)
  } else {
    await showNotice('已经签退过了', `本次服务时长 ${formatHours(checkIn.hours)}。如记录有误，请联系活动联系人修正。`)
  }
}
