import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

/** Template ids of the reminders (活动前一天提醒, 候补转正通知), comma-separated, from the build env. */
export function reminderTemplateIds(): string[] {
  const raw = process.env.TARO_APP_WECHAT_TEMPLATE_IDS ?? ''
  return raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, 3) // WeChat accepts at most 3 templates per request
}

/** Whether asking for reminder consent makes sense here: the mini-program, with templates configured. */
export function canRequestReminders(): boolean {
  return isWeapp && reminderTemplateIds().length > 0
}

/**
 * Shows a dialog (e.g. the sign-up result) whose confirm button asks WeChat for reminder consent.
 * WeChat only shows its consent prompt from a tap, and the request is made synchronously inside
 * the dialog's success callback, which counts as one. Skipped silently in H5 or without templates.
 * Never rejects: refusing is the person's choice, and the reminders are also kept in 消息.
 */
export function askForReminders(dialog: { title: string; content: string }): Promise<'accepted' | 'rejected' | 'skipped'> {
  const tmplIds = reminderTemplateIds()
  if (!canRequestReminders()) return Promise.resolve('skipped')
  return new Promise((resolve) => {
    void Taro.showModal({
      title: dialog.title,
      content: `${dialog.content}\n\n是否接收活动提醒？`,
      confirmText: '接收提醒',
      cancelText: '不用了',
      confirmColor: '#d7263d',
      success: (answer) => {
        if (!answer.confirm) {
          resolve('rejected')
          return
        }
        void Taro.requestSubscribeMessage({
          tmplIds,
          entityIds: [],
          success: (result: Record<string, unknown>) => resolve(tmplIds.some((id) => result[id] === 'accept') ? 'accepted' : 'rejected'),
          fail: () => resolve('rejected'),
        })
      },
      fail: () => resolve('skipped'),
    })
  })
}
